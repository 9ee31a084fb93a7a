package kz.otinish.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template under {@code templates/pdf/} to an A4 PDF with DejaVu Sans
 * embedded (subset), so that every Kazakh letter shows wherever the PDF is opened.
 */
@Component
class PdfRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final byte[] regularFont;

	private final byte[] boldFont;

	private final String emblem;

	/**
	 * The fonts parsed once and lent to one rendering at a time (a parsed font is not
	 * thread-safe): parsing them took a third of a receipt's rendering.
	 */
	private final FontPool parsedFonts;

	PdfRenderer(ITemplateEngine templates, DocumentSettings settings) {
		PdfLog.install();
		this.templates = templates;
		this.regularFont = read(settings.regularFont());
		this.boldFont = read(settings.boldFont());
		this.parsedFonts = new FontPool(Runtime.getRuntime().availableProcessors(),
				() -> new ParsedFonts(parse(this.regularFont), parse(this.boldFont)));
		this.emblem = "data:image/png;base64," + Base64.getEncoder().encodeToString(opaque(read(settings.emblem())));
	}

	/**
	 * The HTML the template makes from these variables (the emblem is added as
	 * {@code emblem}).
	 */
	String html(String template, Locale locale, Map<String, ?> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put("emblem", this.emblem);
		all.put("fontFamily", FONT_FAMILY);
		return this.templates.process(template, new Context(locale, all));
	}

	byte[] render(String template, Locale locale, Map<String, ?> variables) {
		String html = html(template, locale, variables);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		ParsedFonts fonts = this.parsedFonts.take();
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.useFont(new PDFontSupplier(fonts.regular(document)), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(fonts.bold(document)), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.parsedFonts.give(fonts);
		}
		return out.toByteArray();
	}

	/** The font's bytes, for checks that every printed character has a glyph. */
	byte[] regularFont() {
		return this.regularFont.clone();
	}

	/**
	 * The image as an opaque PNG, on white paper: a PNG without transparency goes into
	 * the PDF as it is, while one with an alpha channel is decoded and compressed again
	 * in every document (a sixth of a receipt's rendering).
	 */
	static byte[] opaque(byte[] png) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			if (image == null || !image.getColorModel().hasAlpha()) {
				return png;
			}
			BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			Graphics2D paper = flat.createGraphics();
			try {
				paper.setColor(Color.WHITE);
				paper.fillRect(0, 0, image.getWidth(), image.getHeight());
				paper.drawImage(image, 0, 0, null);
			}
			finally {
				paper.dispose();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(flat, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the emblem", ex);
		}
	}

	private static TrueTypeFont parse(byte[] font) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(font));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot parse a font", ex);
		}
	}

	/**
	 * The regular and bold DejaVu Sans as parsed; each document gets its own PDF font
	 * objects over them (the document does not close them).
	 */
	record ParsedFonts(TrueTypeFont regularFont, TrueTypeFont boldFont) {

		PDFont regular(PDDocument document) {
			return load(document, this.regularFont);
		}

		PDFont bold(PDDocument document) {
			return load(document, this.boldFont);
		}

		private static PDFont load(PDDocument document, TrueTypeFont font) {
			try {
				return PDType0Font.load(document, font, true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * At most {@code size} parsed font pairs, made when first needed; a rendering waits
	 * for a free pair when every one is in use (renderings are CPU-bound anyway).
	 */
	static final class FontPool {

		private final BlockingQueue<ParsedFonts> free;

		private final Supplier<ParsedFonts> parse;

		private final Semaphore unmade;

		FontPool(int size, Supplier<ParsedFonts> parse) {
			this.free = new ArrayBlockingQueue<>(size);
			this.unmade = new Semaphore(size);
			this.parse = parse;
		}

		ParsedFonts take() {
			ParsedFonts fonts = this.free.poll();
			if (fonts != null) {
				return fonts;
			}
			if (this.unmade.tryAcquire()) {
				try {
					return this.parse.get();
				}
				catch (RuntimeException ex) {
					this.unmade.release();
					throw ex;
				}
			}
			try {
				return this.free.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the PDF fonts", ex);
			}
		}

		void give(ParsedFonts fonts) {
			this.free.add(fonts);
		}

	}

	private static byte[] read(String classpath) {
		try (InputStream in = new ClassPathResource(classpath).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + classpath, ex);
		}
	}

}
