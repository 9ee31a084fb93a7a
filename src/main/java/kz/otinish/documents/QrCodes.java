package kz.otinish.documents;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes as PNG data URIs for the PDF templates. */
final class QrCodes {

	private QrCodes() {
	}

	/**
	 * The QR code of {@code text} as a PNG data URI about {@code pixels} wide: the code's
	 * modules are drawn as whole squares of pixels (never resampled), so a small image
	 * stays sharp however large the PDF shows it, and renders fast.
	 */
	static String dataUri(String text, int pixels) {
		try {
			BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			int scale = Math.max(1, pixels / modules.getWidth());
			BufferedImage image = new BufferedImage(modules.getWidth() * scale, modules.getHeight() * scale,
					BufferedImage.TYPE_BYTE_BINARY);
			WritableRaster raster = image.getRaster();
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					raster.setSample(x, y, 0, modules.get(x / scale, y / scale) ? 0 : 1);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode a QR code", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
