package kz.otinish.mailbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import kz.otinish.appeal.IncomingFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Reads a raw RFC 5322 message as leniently as possible: every failure becomes a note,
 * never an exception, so that no letter is lost because it is odd (INT-5).
 */
class MailParser {

	/**
	 * Far more than any appeal needs; the rest of a huge body stays in the kept original.
	 */
	static final int MAX_TEXT = 200_000;

	private static final int MAX_DEPTH = 20;

	private static final Pattern ADDRESS = Pattern.compile("[\\w.!#$%&'*+/=?^`{|}~-]+@[\\w-]+(\\.[\\w-]+)+");

	private final Session session;

	MailParser() {
		Properties properties = new Properties();
		properties.setProperty("mail.mime.address.strict", "false");
		properties.setProperty("mail.mime.decodetext.strict", "false");
		properties.setProperty("mail.mime.decodefilename", "true");
		properties.setProperty("mail.mime.decodeparameters", "true");
		properties.setProperty("mail.mime.parameters.strict", "false");
		properties.setProperty("mail.mime.base64.ignoreerrors", "true");
		properties.setProperty("mail.mime.uudecode.ignoreerrors", "true");
		properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
		properties.setProperty("mail.mime.allowutf8", "true");
		this.session = Session.getInstance(properties);
	}

	ParsedMail parse(byte[] raw) {
		List<MailNote> notes = new ArrayList<>();
		MimeMessage message;
		try {
			message = new MimeMessage(this.session, new ByteArrayInputStream(raw));
		}
		catch (MessagingException | RuntimeException ex) {
			notes.add(MailNote.of("mailbox.note.malformed"));
			return new ParsedMail(null, null, null, "", null, "", List.of(), notes);
		}
		String messageId = header(message, "Message-ID");
		InternetAddress from = sender(message);
		String senderAddress = from == null ? null : from.getAddress();
		String senderName = from == null ? null : clean(from.getPersonal());
		String subject = "";
		try {
			subject = clean(message.getSubject());
		}
		catch (MessagingException | RuntimeException ex) {
			subject = clean(header(message, "Subject"));
		}
		Date sent = null;
		try {
			sent = message.getSentDate();
		}
		catch (MessagingException | RuntimeException ex) {
			// the Date header is only informative; the mailbox's own date is what counts
		}
		Collected collected = new Collected();
		walk(message, collected, 0);
		String text;
		if (!collected.plain.isEmpty()) {
			text = String.join("\n\n", collected.plain);
		}
		else if (!collected.html.isEmpty()) {
			text = String.join("\n\n", collected.html.stream().map(MailParser::htmlToText).toList());
		}
		else {
			text = String.join("\n\n", collected.fallback);
		}
		if (collected.malformed) {
			notes.add(MailNote.of("mailbox.note.malformed"));
		}
		text = normalize(text);
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
			notes.add(MailNote.of("mailbox.note.textCut", String.valueOf(MAX_TEXT)));
		}
		return new ParsedMail(messageId == null ? null : messageId.strip(), senderAddress,
				senderName == null || senderName.isBlank() ? null : senderName, subject == null ? "" : subject,
				sent == null ? null : sent.toInstant(), text, collected.files, notes);
	}

	private static class Collected {

		final List<String> plain = new ArrayList<>();

		final List<String> html = new ArrayList<>();

		final List<String> fallback = new ArrayList<>();

		final List<IncomingFile> files = new ArrayList<>();

		boolean malformed;

	}

	private void walk(Part part, Collected collected, int depth) {
		if (depth > MAX_DEPTH) {
			collected.malformed = true;
			return;
		}
		String disposition = safe(() -> part.getDisposition());
		String fileName = safe(() -> part.getFileName());
		boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName != null;
		try {
			if (part.isMimeType("multipart/*")) {
				Object content = part.getContent();
				if (content instanceof Multipart multipart && multipart.getCount() > 0) {
					for (int i = 0; i < multipart.getCount(); i++) {
						BodyPart child = multipart.getBodyPart(i);
						walk(child, collected, depth + 1);
					}
					return;
				}
				throw new MessagingException("multipart without parts");
			}
			if (!attachment && part.isMimeType("text/plain")) {
				collected.plain.add(decode(part));
				return;
			}
			if (!attachment && part.isMimeType("text/html")) {
				collected.html.add(decode(part));
				return;
			}
			if (!attachment && part.isMimeType("text/*")) {
				collected.plain.add(decode(part));
				return;
			}
			String name = fileName != null ? fileName : part.isMimeType("message/rfc822")
					? "message-" + (collected.files.size() + 1) + ".eml" : "attachment-" + (collected.files.size() + 1);
			collected.files.add(new IncomingFile(clean(name), readAll(part.getInputStream())));
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			collected.malformed = true;
			// whatever text the broken part holds is still worth reading
			String readable = readable(part);
			if (!readable.isBlank()) {
				collected.fallback.add(readable);
			}
		}
	}

	private static String readable(Part part) {
		try {
			String text = decode(rawBytes(part), charsetOf(part));
			return text.replaceAll("(?m)^--.*$", "").strip();
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			return "";
		}
	}

	private static String decode(Part part) throws MessagingException, IOException {
		byte[] bytes;
		try {
			bytes = readAll(part.getInputStream());
		}
		catch (IOException | MessagingException | RuntimeException ex) {
			// a broken transfer encoding: read the bytes as they are
			bytes = rawBytes(part);
		}
		return decode(bytes, charsetOf(part));
	}

	private static byte[] rawBytes(Part part) throws MessagingException, IOException {
		if (part instanceof MimeBodyPart body) {
			return readAll(body.getRawInputStream());
		}
		if (part instanceof MimeMessage message) {
			return readAll(message.getRawInputStream());
		}
		return new byte[0];
	}

	private static @Nullable Charset charsetOf(Part part) {
		try {
			String name = new ContentType(part.getContentType()).getParameter("charset");
			if (name == null || name.isBlank()) {
				return null;
			}
			return Charset.forName(MimeUtility.javaCharset(name.strip()));
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Decodes with the declared charset, replacing invalid bytes. Without a declared
	 * charset, UTF-8 if the bytes are valid UTF-8, otherwise Windows-1251 (the commonest
	 * local one).
	 */
	static String decode(byte[] bytes, @Nullable Charset declared) {
		if (declared != null) {
			// String's constructor replaces malformed and unmappable bytes with U+FFFD
			return new String(bytes, declared);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, Charset.forName("windows-1251"));
		}
	}

	/**
	 * HTML to plain text: the structure becomes line breaks, every tag and script goes.
	 */
	static String htmlToText(String html) {
		Document document = Jsoup.parse(html);
		document.select("script, style, noscript, template, head, object, embed, iframe").remove();
		document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre").after("\n");
		return document.body() == null ? "" : document.body().wholeText();
	}

	private static String normalize(String text) {
		String unified = text.replace("\r\n", "\n").replace('\r', '\n');
		unified = unified.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
		unified = unified.replaceAll("[ \\t\\x{00A0}]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
		return unified.strip();
	}

	private static @Nullable InternetAddress sender(MimeMessage message) {
		try {
			Address[] from = message.getFrom();
			if (from != null && from.length > 0 && from[0] instanceof InternetAddress address
					&& address.getAddress() != null && address.getAddress().contains("@")) {
				return address;
			}
		}
		catch (MessagingException | RuntimeException ex) {
			// fall through to a plain search of the header
		}
		String header = header(message, "From");
		if (header != null) {
			Matcher matcher = ADDRESS.matcher(header);
			if (matcher.find()) {
				try {
					return new InternetAddress(matcher.group(), false);
				}
				catch (AddressException ex) {
					return null;
				}
			}
		}
		return null;
	}

	private static @Nullable String header(MimeMessage message, String name) {
		try {
			return message.getHeader(name, null);
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	/** One line of text: decoded, no control characters, single spaces. */
	private static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String decoded = text;
		if (decoded.contains("=?")) {
			try {
				decoded = MimeUtility.decodeText(decoded);
			}
			catch (UnsupportedEncodingException | RuntimeException ex) {
				// keep it as it came
			}
		}
		return decoded.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
	}

	private static @Nullable String safe(PartValue value) {
		try {
			return value.get();
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	@FunctionalInterface
	private interface PartValue {

		@Nullable String get() throws MessagingException;

	}

	private static byte[] readAll(InputStream in) throws IOException {
		try (in) {
			return in.readAllBytes();
		}
	}

}
