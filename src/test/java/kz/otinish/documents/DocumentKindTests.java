package kz.otinish.documents;

import java.nio.charset.StandardCharsets;

import kz.otinish.shared.NotFound;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentKindTests {

	@Test
	@DisplayName("Every issued kind has a URL slug and a template; an unknown slug is a 404")
	void slugs() {
		for (DocumentKind kind : DocumentKind.values()) {
			assertThat(DocumentKind.ofSlug(kind.slug())).isEqualTo(kind);
			assertThat(kind.template()).startsWith("pdf/");
		}
		assertThat(DocumentKind.ofSlug("Return-Letter")).isEqualTo(DocumentKind.RETURN_LETTER);
		assertThatThrownBy(() -> DocumentKind.ofSlug("appendix")).isInstanceOf(NotFound.class);
	}

	@Test
	@DisplayName("SHA-256 is the lower-case hex digest of the stored bytes")
	void sha256() {
		assertThat(Documents.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	@DisplayName("The QR code on a receipt decodes to the text it was made from")
	void qrCode() throws Exception {
		String url = "https://otinish.example/track?number=ҚКТ-2026-7&code=ABCDEF0123456789";
		String uri = QrCodes.dataUri(url, 240);
		byte[] png = java.util.Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
		var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
				new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		assertThat(new com.google.zxing.qrcode.QRCodeReader()
			.decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.CHARACTER_SET, "UTF-8"))
			.getText()).isEqualTo(url);
	}

}
