package kz.otinish.documents;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Reports as PDF for other modules (STAT-1: the school council's report, the
 * accreditation report): a template {@code templates/pdf/report-<name>.html} rendered
 * with the university's letterhead and the embedded fonts, from the caller's data
 * ({@code d} in the template).
 */
@Component
public class ReportDocuments {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z-]*");

	private final PdfRenderer renderer;

	private final DocumentData data;

	ReportDocuments(PdfRenderer renderer, DocumentData data) {
		this.renderer = renderer;
		this.data = data;
	}

	/** The report {@code name} as an A4 PDF in the reader's language. */
	public byte[] render(String name, Locale locale, Object data) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a report's name: " + name);
		}
		return this.renderer.render("pdf/report-" + name, locale,
				Map.of("d", data, "university", this.data.university(locale)));
	}

}
