package kz.otinish.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads PDFs the way a person would: their text, their fonts, their look, their QR code.
 */
public final class PdfChecks {

	static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

	private static final TrueTypeFont FONT = font();

	private PdfChecks() {
	}

	/**
	 * The PDF's text with whitespace runs made single spaces (lines wrap where layout
	 * wants).
	 */
	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// a line may wrap after a hyphen ("GM1-2026-" / "11")
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replace("- ", "-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every string is in the text, every font is an embedded DejaVu Sans, and every
	 * printed character has a glyph in it (no missing-glyph boxes or '#' substitutes).
	 */
	public static String assertReadable(byte[] pdf, String... expected) {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		String text = text(pdf);
		for (String wanted : expected) {
			assertThat(text).as("text of the PDF").contains(wanted.replaceAll("\\s+", " "));
		}
		List<String> missing = new ArrayList<>();
		text.codePoints().filter(cp -> !Character.isWhitespace(cp)).distinct().forEach(cp -> {
			try {
				if (FONT.getUnicodeCmapLookup().getGlyphId(cp) == 0) {
					missing.add(new String(Character.toChars(cp)));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		assertThat(missing).as("characters without a glyph in DejaVu Sans").isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
					assertThat(font.getName()).contains("DejaVuSans");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text;
	}

	/** Page 1 as a PNG under target/documents/, for a person to look at. */
	static BufferedImage png(byte[] pdf, String name) {
		return png(pdf, name, 150);
	}

	static BufferedImage png(byte[] pdf, String name, int dpi) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi);
			Path dir = Path.of("target", "documents");
			Files.createDirectories(dir);
			ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
			Files.write(dir.resolve(name + ".pdf"), pdf);
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text of the QR code on page 1: the images the page draws are decoded one by one
	 * (what a phone's camera sees once it has found the code), then, should none hold a
	 * code, the whole page rendered at a few resolutions.
	 */
	static String qr(byte[] pdf) {
		NotFoundException last = null;
		for (BufferedImage image : imagesOfPageOne(pdf)) {
			try {
				return decode(image);
			}
			catch (NotFoundException ex) {
				last = ex;
			}
		}
		for (int dpi : new int[] { 150, 200, 300 }) {
			try {
				return decode(png(pdf, "receipt-for-qr", dpi));
			}
			catch (NotFoundException ex) {
				last = ex;
			}
		}
		throw new AssertionError("no QR code on page 1", last);
	}

	private static List<BufferedImage> imagesOfPageOne(byte[] pdf) {
		List<BufferedImage> images = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject image) {
					BufferedImage drawn = image.getImage();
					// the quiet zone a printed code has around it on the white page
					BufferedImage framed = new BufferedImage(drawn.getWidth() + 40, drawn.getHeight() + 40,
							BufferedImage.TYPE_INT_RGB);
					Graphics2D graphics = framed.createGraphics();
					graphics.setColor(Color.WHITE);
					graphics.fillRect(0, 0, framed.getWidth(), framed.getHeight());
					graphics.drawImage(drawn, 20, 20, null);
					graphics.dispose();
					images.add(framed);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return images;
	}

	private static String decode(BufferedImage image) throws NotFoundException {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
	}

	private static TrueTypeFont font() {
		try (InputStream in = PdfChecks.class.getClassLoader()
			.getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
			return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
