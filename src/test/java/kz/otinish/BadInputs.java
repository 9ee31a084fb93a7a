package kz.otinish;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * "Nothing dropped, nothing half-written": the bad inputs every intake channel is fed.
 * {@code interactive} says what a channel that can ask the person (portal, desk, blog)
 * must do: store it ({@code true}) or answer a clear localized error before anything is
 * stored ({@code false}). Channels where nobody can be asked (e-mail) store every one of
 * them (INT-5).
 */
public record BadInputs(String name, String subject, String text, @Nullable String fileName, byte @Nullable [] file,
		boolean accepted) {

	public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	/** One megabyte of text (1,000,000 characters, the longest text an appeal takes). */
	public static final String MEGABYTE = "Мәтін ".repeat(166_666) + "соңы";

	public static final String CONTROL = "Басы\u0000\u0007\u001b[31mортасы\u0008\u007f соңы";

	public static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";

	public static final String SQL = "'; DROP TABLE appeal; -- \" OR 1=1 /*";

	public static List<BadInputs> all() {
		byte[] oversized = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
		return List.of(new BadInputs("empty text", "Бос мәтін", "", null, null, false),
				new BadInputs("blank text", "Бос мәтін", " \n\t ", null, null, false),
				new BadInputs("1 MB of text", "Ұзын мәтін", MEGABYTE, null, null, true),
				new BadInputs("more than 1 MB of text", "Тым ұзын мәтін", MEGABYTE + "xx", null, null, false),
				new BadInputs("control characters", "Басқару\u0000 таңбалары", CONTROL, null, null, true),
				new BadInputs("script tags", SCRIPT, SCRIPT, null, null, true),
				new BadInputs("SQL-like strings", SQL, SQL, null, null, true),
				new BadInputs("path-traversal file name", "Файл аты", "Жолы бар файл.", "../../etc/passwd.pdf", PDF,
						true),
				new BadInputs("Windows path-traversal file name", "Файл аты", "Жолы бар файл.",
						"..\\..\\windows\\system32\\отчёт.pdf", PDF, true),
				new BadInputs("zero-byte file", "Бос файл", "Бос файл тіркелді.", "бос.pdf", new byte[0], false),
				new BadInputs("oversized file", "Үлкен файл", "20 МБ-тан үлкен файл.", "үлкен.pdf", oversized, false),
				new BadInputs("executable disguised as PDF", "Жасырын файл", "Бағдарлама.", "invoice.pdf",
						"MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1),
						false));
	}

	public static Stream<BadInputs> stream() {
		return all().stream();
	}

	/** The inputs without files (channels that take text only). */
	public static Stream<BadInputs> textOnly() {
		return stream().filter(input -> input.file() == null);
	}

	/**
	 * What the stored text must be: control characters other than line breaks dropped.
	 */
	public String storedText() {
		return clean(this.text).strip();
	}

	public String storedSubject() {
		return clean(this.subject).strip();
	}

	static String clean(String value) {
		StringBuilder cleaned = new StringBuilder();
		value.chars()
			.filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t')
			.forEach(c -> cleaned.append((char) c));
		return cleaned.toString();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
