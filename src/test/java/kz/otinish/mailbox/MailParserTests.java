package kz.otinish.mailbox;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import kz.otinish.shared.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lenient reading of letters, without a server (INT-2a, INT-5). */
class MailParserTests {

	final MailParser parser = new MailParser();

	@Test
	@DisplayName("INT-2: text/plain is preferred over its HTML alternative")
	void plainPreferred() {
		ParsedMail mail = this.parser.parse("""
				From: a@example.kz\r
				Subject: Alt\r
				Content-Type: multipart/alternative; boundary=x\r
				\r
				--x\r
				Content-Type: text/plain; charset=UTF-8\r
				\r
				Plain version\r
				--x\r
				Content-Type: text/html; charset=UTF-8\r
				\r
				<p>HTML version</p>\r
				--x--\r
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(mail.text()).isEqualTo("Plain version");
		assertThat(mail.notes()).isEmpty();
	}

	@Test
	@DisplayName("INT-5: HTML becomes text with line breaks; scripts, styles and tags are gone")
	void htmlToText() {
		String text = MailParser.htmlToText(
				"<style>b{}</style><p>Бірінші</p><script>alert(1)</script><div>Екінші<br>үшінші &lt;b&gt;</div>");
		assertThat(text.strip()).isEqualTo("Бірінші\nЕкінші\nүшінші <b>");
	}

	@Test
	@DisplayName("INT-5: undeclared charsets: valid UTF-8 stays UTF-8, otherwise Windows-1251; a declared one replaces bad bytes")
	void charsetFallbacks() {
		assertThat(MailParser.decode("Сәлем".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("Сәлем");
		assertThat(MailParser.decode("Привет".getBytes(Charset.forName("windows-1251")), null)).isEqualTo("Привет");
		assertThat(MailParser.decode(new byte[] { 'a', (byte) 0xff, 'b' }, StandardCharsets.UTF_8))
			.isEqualTo("a\uFFFDb");
	}

	@Test
	@DisplayName("INT-5: bytes that are no message at all still give a (blank) letter with a note, never an exception")
	void garbage() {
		ParsedMail mail = this.parser.parse(new byte[] { 0, 1, 2, (byte) 0xff });
		assertThat(mail.messageId()).isNull();
		assertThat(mail.senderAddress()).isNull();
		assertThat(mail.files()).isEmpty();
	}

	@Test
	void languageFromTheLetters() {
		assertThat(MailIntake.languageOf("Өтініш беремін")).isEqualTo(Language.KK);
		assertThat(MailIntake.languageOf("Прошу рассмотреть")).isEqualTo(Language.RU);
		assertThat(MailIntake.languageOf("Please consider")).isEqualTo(Language.EN);
		assertThat(MailIntake.languageOf("123")).isEqualTo(Language.KK);
	}

	@Test
	void notesSurviveTheirColumn() {
		List<MailNote> notes = List.of(MailNote.of("mailbox.note.tooLarge", "50"),
				MailNote.of("mailbox.note.fileNotAttached", "a\tb.pdf", "appeal.attachment.empty"),
				MailNote.of("mailbox.note.malformed"));
		assertThat(MailNote.decode(MailNote.encode(notes))).containsExactly(notes.get(0),
				MailNote.of("mailbox.note.fileNotAttached", "a b.pdf", "appeal.attachment.empty"), notes.get(2));
	}

	@Test
	void keyIsTheMessageIdOrTheBytes() {
		byte[] raw = "x".getBytes(StandardCharsets.US_ASCII);
		assertThat(MailIntake.keyOf("<A@b>", raw)).isEqualTo(MailIntake.keyOf(" <a@B> ", new byte[0]))
			.startsWith("mid:");
		assertThat(MailIntake.keyOf(null, raw)).startsWith("raw:").hasSize(68);
	}

}
