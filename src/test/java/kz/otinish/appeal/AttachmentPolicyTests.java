package kz.otinish.appeal;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import kz.otinish.shared.Refused;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentPolicyTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
			0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	AttachmentPolicy policy = new AttachmentPolicy(new AttachmentSettings(3, DataSize.ofKilobytes(10),
			List.of("application/pdf", "image/png"), DataSize.ofMegabytes(1)));

	AttachmentPolicy officePolicy = new AttachmentPolicy(new AttachmentSettings(3, DataSize.ofMegabytes(1),
			List.of(OfficePackages.DOCX, OfficePackages.XLSX), DataSize.ofMegabytes(2)));

	static byte[] zip(java.util.Map<String, byte[]> parts) throws java.io.IOException {
		var bytes = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
			for (var part : parts.entrySet()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	static final byte[] CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
		.getBytes(StandardCharsets.UTF_8);

	@Test
	@DisplayName("INT-5: a DOCX is accepted only as a real Office package: a ZIP named .docx is refused, and so is a ZIP bomb, counted while unpacking")
	void officeFilesMustBeRealPackages() throws Exception {
		byte[] docx = zip(java.util.Map.of("[Content_Types].xml", CONTENT_TYPES, "word/document.xml",
				"<w:document/>".getBytes(StandardCharsets.UTF_8)));
		assertThat(this.officePolicy.check(new IncomingFile("letter.docx", docx)).contentType())
			.isEqualTo(OfficePackages.DOCX);
		byte[] plainZip = zip(java.util.Map.of("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)));
		assertThatThrownBy(() -> this.officePolicy.check(new IncomingFile("letter.docx", plainZip)))
			.isInstanceOf(Refused.class)
			.extracting(ex -> ((Refused) ex).messageKey())
			.isIn("appeal.attachment.notOfficeDocument", "appeal.attachment.typeNotAllowed");
		byte[] bomb = zip(
				java.util.Map.of("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", new byte[5 * 1024 * 1024]));
		assertThat(bomb.length).isLessThan(100 * 1024);
		assertThatThrownBy(() -> this.officePolicy.check(new IncomingFile("bomb.docx", bomb)))
			.isInstanceOf(Refused.class)
			.extracting(ex -> ((Refused) ex).messageKey())
			.isEqualTo("appeal.attachment.expandsTooMuch");
	}

	@Test
	@DisplayName("File names lose bidi overrides and other invisible formatting characters")
	void removesBidiControls() {
		assertThat(AttachmentPolicy.safeName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(AttachmentPolicy.safeName("\u2067report\u200B.pdf\u2069")).isEqualTo("report.pdf");
	}

	@Test
	@DisplayName("The type is sniffed from the content; the checksum is SHA-256")
	void acceptsAllowedContent() {
		CheckedFile file = this.policy.check(new IncomingFile("scan.pdf", PDF));
		assertThat(file.contentType()).isEqualTo("application/pdf");
		assertThat(file.sha256()).hasSize(64).isEqualTo(AttachmentPolicy.sha256(PDF));
		assertThat(this.policy.check(new IncomingFile("photo.png", PNG)).contentType()).isEqualTo("image/png");
	}

	@Test
	@DisplayName("A name cannot vouch for content: text named .pdf is refused")
	void refusesDisguisedContent() {
		assertThatThrownBy(
				() -> this.policy.check(new IncomingFile("evil.pdf", "<script>alert(1)</script>".getBytes())))
			.isInstanceOf(Refused.class)
			.extracting(ex -> ((Refused) ex).messageKey())
			.isEqualTo("appeal.attachment.typeNotAllowed");
	}

	@Test
	@DisplayName("Zero-byte and oversized files, and too many files, are refused before anything is stored")
	void refusesEmptyLargeAndTooMany() {
		assertThatThrownBy(() -> this.policy.check(new IncomingFile("empty.pdf", new byte[0])))
			.extracting(ex -> ((Refused) ex).messageKey())
			.isEqualTo("appeal.attachment.empty");
		byte[] large = new byte[11 * 1024];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThatThrownBy(() -> this.policy.check(new IncomingFile("big.pdf", large)))
			.extracting(ex -> ((Refused) ex).messageKey())
			.isEqualTo("appeal.attachment.tooLarge");
		assertThatThrownBy(() -> this.policy.check(Collections.nCopies(4, new IncomingFile("a.pdf", PDF))))
			.extracting(ex -> ((Refused) ex).messageKey())
			.isEqualTo("appeal.attachment.tooMany");
	}

	@Test
	@DisplayName("File names lose paths, control characters and leading dots")
	void sanitisesNames() {
		assertThat(AttachmentPolicy.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(AttachmentPolicy.safeName("C:\\Users\\a\\..\\x.pdf")).isEqualTo("x.pdf");
		assertThat(AttachmentPolicy.safeName(".hidden\u0000name.pdf")).isEqualTo("hidden_name.pdf");
		assertThat(AttachmentPolicy.safeName("///")).isEqualTo("file");
	}

	@Test
	@DisplayName("INT-5: the pre-check names, in order, the files the policy would refuse, with their safe names and reasons, and counts only accepted files against the limit")
	void precheckForeseesRefusals() {
		List<AppealManagement.RefusedFile> refused = this.policy.precheck(List.of(new IncomingFile("a.pdf", PDF),
				new IncomingFile("../../etc/empty.pdf", new byte[0]), new IncomingFile("b.png", PNG),
				new IncomingFile("big.pdf", java.util.Arrays.copyOf(PDF, 11 * 1024)),
				new IncomingFile("evil.pdf", "MZ".getBytes()), new IncomingFile("c.pdf", PDF),
				new IncomingFile("d.pdf", PDF)));
		assertThat(refused).containsExactly(new AppealManagement.RefusedFile("empty.pdf", "appeal.attachment.empty"),
				new AppealManagement.RefusedFile("big.pdf", "appeal.attachment.tooLarge"),
				new AppealManagement.RefusedFile("evil.pdf", "appeal.attachment.typeNotAllowed"),
				new AppealManagement.RefusedFile("d.pdf", "appeal.attachment.tooMany"));
	}

}
