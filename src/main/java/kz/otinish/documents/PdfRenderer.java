package kz.otinish.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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

	PdfRenderer(ITemplateEngine templates, DocumentSettings settings) {
		this.templates = templates;
		this.regularFont = read(settings.regularFont());
		this.boldFont = read(settings.boldFont());
		this.emblem = "data:image/png;base64," + Base64.getEncoder().encodeToString(read(settings.emblem()));
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
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(this.regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(this.boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The font's bytes, for checks that every printed character has a glyph. */
	byte[] regularFont() {
		return this.regularFont.clone();
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
