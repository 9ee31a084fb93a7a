package kz.otinish.mailbox;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Attachment;
import kz.otinish.appeal.Channel;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mailbox reader against GreenMail's real IMAP and SMTP servers, on the shared test
 * database (H2, or PostgreSQL with -Ppostgres). Each test reads a mailbox of its own.
 */
@OtinishIntegrationTest
class MailboxIntegrationTests {

	static GreenMail greenMail;

	static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

	@LocalServerPort
	int port;

	@Autowired
	MailboxReader reader;

	@Autowired
	MailIntake intake;

	@Autowired
	MailMessages letters;

	@Autowired
	AppealManagement appeals;

	@Autowired
	kz.otinish.appeal.AppealLists lists;

	@Autowired
	Acknowledgements acknowledgements;

	@Autowired
	Accounts accounts;

	@Autowired
	net.javacrumbs.shedlock.core.LockProvider lockProvider;

	@Autowired
	MailboxPoller poller;

	@BeforeAll
	static void startGreenMail() {
		greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		greenMail.start();
	}

	@AfterAll
	static void stopGreenMail() {
		greenMail.stop();
	}

	@AfterEach
	void resetHooks() {
		this.intake.beforeCommit(stored -> {
		});
		this.acknowledgements.useSender(null);
	}

	/** A mailbox of its own in GreenMail, and the reader's settings for it, made here. */
	MailboxSettings.Account mailbox(String schoolCode, DataSize maxMessageSize) {
		String login = "box-" + UUID.randomUUID().toString().substring(0, 8);
		greenMail.setUser(login + "@university.example", login, "secret");
		return new MailboxSettings.Account(login, "127.0.0.1", greenMail.getImap().getPort(), "imap", login, "secret",
				"INBOX", schoolCode, maxMessageSize);
	}

	MailboxSettings.Account mailbox(String schoolCode) {
		return mailbox(schoolCode, DataSize.ofMegabytes(50));
	}

	/** Puts the raw letter into the mailbox as it is (IMAP APPEND), unread. */
	void deliver(MailboxSettings.Account account, byte[] raw) throws Exception {
		try (Store store = session().getStore("imap")) {
			store.connect("127.0.0.1", account.port(), account.username(), account.password());
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_WRITE);
			inbox.appendMessages(new Message[] { new MimeMessage(session(), new ByteArrayInputStream(raw)) });
			inbox.close(false);
		}
	}

	int unread(MailboxSettings.Account account) throws Exception {
		try (Store store = session().getStore("imap")) {
			store.connect("127.0.0.1", account.port(), account.username(), account.password());
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			int unread = inbox.search(new jakarta.mail.search.FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
			inbox.close(false);
			return unread;
		}
	}

	static Session session() {
		return Session.getInstance(new Properties());
	}

	static String messageId() {
		return "<" + UUID.randomUUID() + "@mail.example.kz>";
	}

	static byte[] crlf(String text, Charset charset) {
		return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(charset);
	}

	static String base64(byte[] bytes) {
		return Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
	}

	MailMessage letter(String messageId, byte[] raw) {
		return this.letters.findByMessageKey(MailIntake.keyOf(messageId, raw)).orElseThrow();
	}

	Appeal appealOf(MailMessage letter) {
		return this.appeals.find(letter.appealId()).orElseThrow();
	}

	@Test
	@DisplayName("INT-2, INT-5: a multipart letter with a PDF to a school's mailbox becomes a received e-mail appeal to the dean, kept byte for byte, its sender linked")
	void multipartWithPdf() throws Exception {
		String email = "aigerim-" + UUID.randomUUID().toString().substring(0, 6) + "@example.kz";
		CurrentUser student = this.accounts.ensureAccount(email, "secret", "Айгерім Асқарқызы", Role.STUDENT, "GM1",
				email, null);
		MailboxSettings.Account account = mailbox("GM1");
		String id = messageId();
		byte[] raw = crlf(
				"""
						From: =?UTF-8?B?%s?= <%s>
						To: gm1@university.example
						Subject: =?UTF-8?B?%s?=
						Message-ID: %s
						Date: Tue, 24 Nov 2026 10:15:00 +0500
						MIME-Version: 1.0
						Content-Type: multipart/mixed; boundary="b1"

						--b1
						Content-Type: text/plain; charset=UTF-8
						Content-Transfer-Encoding: 8bit

						Құрметті декан! Емтихан бағасын қайта қарауды сұраймын.
						--b1
						Content-Type: application/pdf; name="transcript.pdf"
						Content-Disposition: attachment; filename="transcript.pdf"
						Content-Transfer-Encoding: base64

						%s
						--b1--
						""".formatted(b64("Айгерім Асқарқызы"), email.toUpperCase(java.util.Locale.ROOT),
						b64("Бағаны қайта қарау"), id, base64(PDF.getBytes(StandardCharsets.US_ASCII))),
				StandardCharsets.UTF_8);
		deliver(account, raw);

		MailboxReader.Poll poll = this.reader.poll(account);

		assertThat(poll.stored()).isEqualTo(1);
		MailMessage letter = letter(id, raw);
		assertThat(letter.raw()).isEqualTo(raw);
		assertThat(letter.status()).isEqualTo(MailStatus.RECEIVED);
		assertThat(letter.schoolCode()).isEqualTo("GM1");
		Appeal appeal = appealOf(letter);
		assertThat(appeal.status()).isEqualTo(AppealStatus.RECEIVED);
		assertThat(appeal.channel()).isEqualTo(Channel.EMAIL);
		assertThat(appeal.schoolCode()).isEqualTo("GM1");
		assertThat(appeal.addressee()).isEqualTo(Addressee.DEAN);
		assertThat(appeal.subject()).isEqualTo("Бағаны қайта қарау");
		assertThat(appeal.text()).isEqualTo("Құрметті декан! Емтихан бағасын қайта қарауды сұраймын.");
		assertThat(appeal.language()).isEqualTo(Language.KK);
		assertThat(appeal.applicant().fullName()).isEqualTo("Айгерім Асқарқызы");
		assertThat(appeal.applicantUserId()).isEqualTo(student.id());
		// TERM-5: the letter comes from a known student's address, so its author is
		// established
		assertThat(appeal.anonymous()).isFalse();
		List<Attachment> files = this.appeals.attachments(appeal);
		assertThat(files).extracting(Attachment::fileName).containsExactly("transcript.pdf");
		assertThat(files.get(0).contentType()).isEqualTo("application/pdf");
		assertThat(unread(account)).isZero();
	}

	@Test
	@DisplayName("INT-2: windows-1251 and KOI8-R bodies and RFC 2047 headers come out as Cyrillic; info@ letters go to the Rector")
	void cyrillicCharsets() throws Exception {
		MailboxSettings.Account account = mailbox(null);
		String cp1251Id = messageId();
		byte[] cp1251 = crlf("""
				From: =?windows-1251?B?%s?= <petrov@example.kz>
				Subject: =?windows-1251?Q?%s?=
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=windows-1251
				Content-Transfer-Encoding: 8bit

				Прошу пересмотреть оценку по анатомии.
				""".formatted(Base64.getEncoder().encodeToString("Пётр Петров".getBytes("windows-1251")),
				qp("Оценка по анатомии", "windows-1251"), cp1251Id), Charset.forName("windows-1251"));
		String koiId = messageId();
		byte[] koi8 = crlf("""
				From: =?KOI8-R?B?%s?= <ivanova@example.kz>
				Subject: =?KOI8-R?B?%s?=
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=KOI8-R
				Content-Transfer-Encoding: quoted-printable

				%s
				""".formatted(Base64.getEncoder().encodeToString("Анна Иванова".getBytes("KOI8-R")),
				Base64.getEncoder().encodeToString("Общежитие".getBytes("KOI8-R")), koiId,
				qpBody("В общежитии холодно, прошу принять меры.", "KOI8-R")), StandardCharsets.US_ASCII);
		deliver(account, cp1251);
		deliver(account, koi8);

		assertThat(this.reader.poll(account).stored()).isEqualTo(2);

		Appeal first = appealOf(letter(cp1251Id, cp1251));
		assertThat(first.text()).isEqualTo("Прошу пересмотреть оценку по анатомии.");
		assertThat(first.subject()).isEqualTo("Оценка по анатомии");
		assertThat(first.applicant().fullName()).isEqualTo("Пётр Петров");
		assertThat(first.language()).isEqualTo(Language.RU);
		assertThat(first.addressee()).isEqualTo(Addressee.RECTOR);
		assertThat(first.schoolCode()).isNull();
		Appeal second = appealOf(letter(koiId, koi8));
		assertThat(second.text()).isEqualTo("В общежитии холодно, прошу принять меры.");
		assertThat(second.subject()).isEqualTo("Общежитие");
		assertThat(second.applicant().fullName()).isEqualTo("Анна Иванова");
	}

	@Test
	@DisplayName("INT-2: an HTML-only letter becomes plain text; no script or markup survives")
	void htmlOnly() throws Exception {
		MailboxSettings.Account account = mailbox(null);
		String id = messageId();
		byte[] raw = crlf("""
				From: student@example.kz
				Subject: HTML letter
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: text/html; charset=UTF-8

				<html><head><style>p{color:red}</style><script>alert('head')</script></head>
				<body><p>Dear Rector,</p><p>the library closes <b>too early</b> &amp; we cannot study.</p>
				<script type="text/javascript">document.location='https://evil.example'</script>
				<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">Regards</a></body></html>
				""".formatted(id), StandardCharsets.UTF_8);
		deliver(account, raw);

		this.reader.poll(account);

		Appeal appeal = appealOf(letter(id, raw));
		assertThat(appeal.text()).contains("Dear Rector,", "the library closes too early & we cannot study.", "Regards")
			.doesNotContain("<", ">", "script", "alert", "evil", "color:red", "onerror");
		assertThat(appeal.language()).isEqualTo(Language.EN);
	}

	@Test
	@DisplayName("INT-5: an oversized letter is kept whole with a note; its attachment is named in the appeal's text")
	void oversizedAttachmentIsKeptWithANote() throws Exception {
		MailboxSettings.Account account = mailbox(null, DataSize.ofKilobytes(64));
		String id = messageId();
		byte[] big = (PDF + "%" + "x".repeat(120_000) + "\n").getBytes(StandardCharsets.US_ASCII);
		byte[] raw = crlf("""
				From: big@example.kz
				Subject: =?UTF-8?B?%s?=
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b2"

				--b2
				Content-Type: text/plain; charset=UTF-8

				Прошу рассмотреть приложенный скан.
				--b2
				Content-Type: application/pdf
				Content-Disposition: attachment; filename="scan.pdf"
				Content-Transfer-Encoding: base64

				%s
				--b2--
				""".formatted(b64("Скан заявления"), id, base64(big)), StandardCharsets.UTF_8);
		deliver(account, raw);

		assertThat(this.reader.poll(account).stored()).isEqualTo(1);

		MailMessage letter = letter(id, raw);
		assertThat(letter.raw()).isEqualTo(raw);
		assertThat(letter.status()).isEqualTo(MailStatus.RECEIVED_WITH_NOTES);
		assertThat(letter.notes()).extracting(MailNote::key)
			.containsExactly("mailbox.note.tooLarge", "mailbox.note.fileNotAttached");
		Appeal appeal = appealOf(letter);
		assertThat(this.appeals.attachments(appeal)).isEmpty();
		assertThat(appeal.text()).startsWith("Прошу рассмотреть приложенный скан.")
			.contains("Замечания при приёме письма", "Письмо больше 0.06 МБ", "файл «scan.pdf»");
	}

	@Test
	@DisplayName("INT-5: a zero-byte attachment is noted, not attached; a path-traversal file name is made safe")
	void zeroByteAndPathTraversal() throws Exception {
		MailboxSettings.Account account = mailbox("GM1");
		String id = messageId();
		byte[] raw = crlf("""
				From: Marat <marat@example.kz>
				Subject: Files
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b3"

				--b3
				Content-Type: text/plain; charset=UTF-8

				Two files attached.
				--b3
				Content-Type: application/pdf
				Content-Disposition: attachment; filename="empty.pdf"
				Content-Transfer-Encoding: base64


				--b3
				Content-Type: application/pdf
				Content-Disposition: attachment; filename="../../etc/passwd.pdf"
				Content-Transfer-Encoding: base64

				%s
				--b3--
				""".formatted(id, base64(PDF.getBytes(StandardCharsets.US_ASCII))), StandardCharsets.UTF_8);
		deliver(account, raw);

		this.reader.poll(account);

		MailMessage letter = letter(id, raw);
		assertThat(letter.status()).isEqualTo(MailStatus.RECEIVED_WITH_NOTES);
		assertThat(letter.notes())
			.containsExactly(MailNote.of("mailbox.note.fileNotAttached", "empty.pdf", "appeal.attachment.empty"));
		Appeal appeal = appealOf(letter);
		assertThat(this.appeals.attachments(appeal)).extracting(Attachment::fileName).containsExactly("passwd.pdf");
		assertThat(appeal.text()).contains("Two files attached.", "Notes on receiving this letter",
				"Not attached: The file \"empty.pdf\" is empty.");
	}

	@Test
	@DisplayName("INT-5: malformed MIME is kept as it came and becomes an appeal from whatever text can be read")
	void malformedMime() throws Exception {
		MailboxSettings.Account account = mailbox(null);
		// no Message-ID: the raw bytes' hash is the key; the declared boundary never
		// appears
		// unique bytes, so that a database kept from an earlier run does not know them
		// already
		String run = UUID.randomUUID().toString();
		byte[] broken = crlf("""
				From: nobody
				Subject: =?x-unknown?Q?broken?=
				X-Run: %s
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="never-used"

				Жатақханада су жоқ, көмектесіңіз.
				""".formatted(run), StandardCharsets.UTF_8);
		byte[] garbage = ("X: \u00ff" + run + "\r\n\r\n\u0000\u0007").getBytes(StandardCharsets.ISO_8859_1);
		deliver(account, broken);
		deliver(account, garbage);

		assertThat(this.reader.poll(account).stored()).isEqualTo(2);

		MailMessage first = letter(null, broken);
		assertThat(first.raw()).isEqualTo(broken);
		assertThat(first.status()).isEqualTo(MailStatus.RECEIVED_WITH_NOTES);
		assertThat(first.notes()).extracting(MailNote::key).contains("mailbox.note.malformed");
		assertThat(appealOf(first).text()).contains("Жатақханада су жоқ, көмектесіңіз.");
		MailMessage second = this.letters.findByMailbox(account.name())
			.stream()
			.filter(letter -> !letter.id().equals(first.id()))
			.findFirst()
			.orElseThrow();
		Appeal unreadable = appealOf(second);
		assertThat(unreadable.subject()).isEqualTo("Тақырыпсыз хат");
		assertThat(unreadable.text()).startsWith("Хаттың мәтінін оқу мүмкін болмады");
		assertThat(unreadable.status()).isEqualTo(AppealStatus.RECEIVED);
	}

	@Test
	@DisplayName("INT-5: invalid UTF-8 bytes are replaced, never a crash")
	void invalidUtf8() throws Exception {
		MailboxSettings.Account account = mailbox(null);
		String id = messageId();
		byte[] head = crlf("""
				From: bad@example.kz
				Subject: Invalid bytes
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=UTF-8
				Content-Transfer-Encoding: 8bit

				""".formatted(id), StandardCharsets.US_ASCII);
		byte[] body = { 'O', 'k', ' ', (byte) 0xc3, (byte) 0x28, ' ', (byte) 0xff, (byte) 0xfe, ' ', 'e', 'n', 'd',
				'\r', '\n' };
		byte[] raw = new byte[head.length + body.length];
		System.arraycopy(head, 0, raw, 0, head.length);
		System.arraycopy(body, 0, raw, head.length, body.length);
		deliver(account, raw);

		assertThat(this.reader.poll(account).stored()).isEqualTo(1);

		Appeal appeal = appealOf(letter(id, raw));
		assertThat(appeal.text()).startsWith("Ok ").endsWith(" end").contains("\uFFFD");
	}

	@Test
	@DisplayName("INT-2: a second poll, or the same letter delivered again, does not make a second appeal")
	void noDuplicates() throws Exception {
		MailboxSettings.Account account = mailbox(null);
		String id = messageId();
		byte[] raw = crlf("""
				From: twice@example.kz
				Subject: Twice
				Message-ID: %s

				Once only.
				""".formatted(id), StandardCharsets.US_ASCII);
		deliver(account, raw);
		assertThat(this.reader.poll(account).stored()).isEqualTo(1);
		long appeals = this.lists.count();

		assertThat(this.reader.poll(account)).isEqualTo(new MailboxReader.Poll(0, 0, 0));
		deliver(account, raw);
		assertThat(this.reader.poll(account)).isEqualTo(new MailboxReader.Poll(0, 1, 0));

		assertThat(this.lists.count()).isEqualTo(appeals);
		assertThat(unread(account)).isZero();
	}

	@Test
	@DisplayName("INT-5: a crash between fetching and committing loses nothing: the letter stays unread and is stored exactly once on the next poll")
	void crashBetweenFetchAndCommit() throws Exception {
		MailboxSettings.Account account = mailbox(null);
		String id = messageId();
		byte[] raw = crlf("""
				From: crash@example.kz
				Subject: Crash
				Message-ID: %s

				Do not lose me.
				""".formatted(id), StandardCharsets.US_ASCII);
		deliver(account, raw);
		AtomicBoolean failOnce = new AtomicBoolean(true);
		this.intake.beforeCommit(stored -> {
			if (failOnce.getAndSet(false)) {
				throw new IllegalStateException("the node died before the commit");
			}
		});
		long appeals = this.lists.count();

		assertThat(this.reader.poll(account)).isEqualTo(new MailboxReader.Poll(0, 0, 1));
		assertThat(this.letters.findByMessageKey(MailIntake.keyOf(id, raw))).isEmpty();
		assertThat(this.lists.count()).isEqualTo(appeals);
		assertThat(unread(account)).isEqualTo(1);

		assertThat(this.reader.poll(account)).isEqualTo(new MailboxReader.Poll(1, 0, 0));
		assertThat(this.reader.poll(account)).isEqualTo(new MailboxReader.Poll(0, 0, 0));
		assertThat(this.lists.count()).isEqualTo(appeals + 1);
		assertThat(appealOf(letter(id, raw)).text()).isEqualTo("Do not lose me.");
	}

	@Test
	@DisplayName("INT-2, INT-5: once a registrar registers an e-mail appeal, its sender receives an acknowledgement in the appeal's language with number, date and due date")
	void acknowledgementAfterRegistration() throws Exception {
		MailboxSettings.Account account = mailbox(null);
		String sender = "ack-" + UUID.randomUUID().toString().substring(0, 6) + "@ack.example.kz";
		String id = messageId();
		byte[] raw = crlf("""
				From: =?UTF-8?B?%s?= <%s>
				Subject: =?UTF-8?B?%s?=
				Message-ID: %s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=UTF-8
				Content-Transfer-Encoding: 8bit

				Прошу выдать справку об обучении.
				""".formatted(b64("Ольга Ким"), sender, b64("Справка"), id), StandardCharsets.UTF_8);
		deliver(account, raw);
		this.reader.poll(account);
		MailMessage letter = letter(id, raw);
		JavaMailSenderImpl smtp = new JavaMailSenderImpl();
		smtp.setHost("127.0.0.1");
		smtp.setPort(greenMail.getSmtp().getPort());
		this.acknowledgements.useSender(smtp);

		Appeal registered = this.appeals.performAt(letter.appealId(), new AppealCommand.Register(),
				TestSteps.registrar("Тіркеуші Айгүл"), Instant.now());

		String number = registered.registration().orElseThrow().number();
		MimeMessage ack = await().atMost(Duration.ofSeconds(20))
			.until(() -> List.of(greenMail.getReceivedMessagesForDomain("ack.example.kz")), found -> !found.isEmpty())
			.get(0);
		assertThat(ack.getAllRecipients()[0].toString()).isEqualTo(sender);
		assertThat(ack.getSubject()).isEqualTo("Ваше обращение зарегистрировано: № " + number);
		assertThat(ack.getHeader("In-Reply-To", null)).isEqualTo(id);
		String text = ack.getContent().toString();
		java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
		assertThat(text).contains("Уважаемый(-ая) Ольга Ким!", "Ваше письмо «Справка» зарегистрировано как обращение.",
				"Регистрационный номер: " + number,
				"Дата регистрации: " + java.time.LocalDate
					.ofInstant(registered.registration().orElseThrow().registeredAt(),
							java.time.ZoneId.of("Asia/Almaty"))
					.format(date),
				"Срок рассмотрения: " + registered.dueOn().orElseThrow().format(date));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.letters.findById(letter.id()).orElseThrow().acknowledgedAt() != null);
	}

	@Test
	@DisplayName("INT-2: the records office lists every letter with a link to its appeal and the original; a dean's office only its school's")
	void mailboxPage() throws Exception {
		MailboxSettings.Account school = mailbox("GM1");
		String id = messageId();
		byte[] raw = crlf("""
				From: page@example.kz
				Subject: Page test %s
				Message-ID: %s

				For the page.
				""".formatted(id, id), StandardCharsets.US_ASCII);
		deliver(school, raw);
		this.reader.poll(school);
		MailMessage letter = letter(id, raw);
		CurrentUser registrar = user(Role.REGISTRAR, null);
		CurrentUser gm1 = user(Role.DEANS_OFFICE, "GM1");
		CurrentUser other = user(Role.DEANS_OFFICE, "DENT");

		HttpClient asRegistrar = signIn(registrar);
		String page = get(asRegistrar, "/mailbox?lang=en").body();
		assertThat(page).contains("Letters from the mailboxes",
				"Page test " + id.replace("<", "&lt;").replace(">", "&gt;"),
				"href=\"/appeals/" + letter.appealId() + "\"", "href=\"/mailbox/" + letter.id() + "/original\"");
		HttpResponse<byte[]> original = asRegistrar.send(
				HttpRequest.newBuilder(uri("/mailbox/" + letter.id() + "/original")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(original.statusCode()).isEqualTo(200);
		assertThat(original.body()).isEqualTo(raw);
		assertThat(original.headers().firstValue("Content-Type")).hasValue("message/rfc822");

		assertThat(get(signIn(gm1), "/mailbox").body()).contains("href=\"/mailbox/" + letter.id() + "/original\"");
		HttpClient asOther = signIn(other);
		assertThat(get(asOther, "/mailbox").body()).doesNotContain(letter.id().toString());
		assertThat(get(asOther, "/mailbox/" + letter.id() + "/original").statusCode()).isEqualTo(404);
		assertThat(get(signIn(user(Role.STUDENT, null)), "/mailbox").statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("INT-2: while another node holds a mailbox's lock, this node does not read it; afterwards it does")
	void mailboxLockIsExclusive() throws Exception {
		MailboxSettings.Account account = mailbox(null);
		String id = messageId();
		byte[] raw = crlf("""
				From: lock@example.kz
				Subject: Lock
				Message-ID: %s

				Read me once.
				""".formatted(id), StandardCharsets.US_ASCII);
		deliver(account, raw);
		var otherNode = this.lockProvider.lock(new net.javacrumbs.shedlock.core.LockConfiguration(Instant.now(),
				"mailbox-" + account.name(), Duration.ofMinutes(1), Duration.ZERO));
		assertThat(otherNode).isPresent();

		assertThat(this.poller.poll(account)).isEmpty();
		assertThat(unread(account)).isEqualTo(1);

		otherNode.get().unlock();
		assertThat(this.poller.poll(account)).hasValue(new MailboxReader.Poll(1, 0, 0));
		assertThat(this.letters.findByMessageKey(MailIntake.keyOf(id, raw))).isPresent();
	}

	CurrentUser user(Role role, String school) {
		String username = "mb-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 6);
		return this.accounts.ensureAccount(username, "secret", "Test " + role, role, school, null, null);
	}

	HttpClient signIn(CurrentUser user) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = get(client, "/sign-in").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).isTrue();
		String body = "username=" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8)
				+ "&password=secret&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
		return client;
	}

	HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static String b64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/** RFC 2047 Q-encoding of a header word. */
	static String qp(String text, String charset) throws Exception {
		StringBuilder encoded = new StringBuilder();
		for (byte b : text.getBytes(charset)) {
			int c = b & 0xff;
			encoded.append(c == ' ' ? "_"
					: c < 128 && Character.isLetterOrDigit(c) ? String.valueOf((char) c) : String.format("=%02X", c));
		}
		return encoded.toString();
	}

	/** Quoted-printable body, every non-ASCII byte escaped. */
	static String qpBody(String text, String charset) throws Exception {
		StringBuilder encoded = new StringBuilder();
		for (byte b : text.getBytes(charset)) {
			int c = b & 0xff;
			encoded.append(c < 128 && c != '=' ? String.valueOf((char) c) : String.format("=%02X", c));
		}
		return encoded.toString();
	}

}
