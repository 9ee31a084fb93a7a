package kz.otinish.documents;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;

/**
 * PDFs that are not issued documents of an appeal (nothing is stored): a template under
 * {@code templates/pdf/} rendered with DejaVu Sans embedded, e.g. a person's copy of
 * their data.
 */
@Service
public class Prints {

	private final PdfRenderer renderer;

	private final ApplicationContext context;

	Prints(PdfRenderer renderer, ApplicationContext context) {
		this.renderer = renderer;
		this.context = context;
	}

	/** Renders {@code pdf/<name>} in the given language with these variables. */
	public Pdf print(String name, Locale locale, Map<String, ?> variables, String fileName) {
		if (!name.matches("[a-z-]+")) {
			throw new IllegalArgumentException("not a print template: " + name);
		}
		Map<String, Object> all = new HashMap<>(variables);
		// templates may call beans such as @dates, as pages do
		all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		return new Pdf(fileName, this.renderer.render("pdf/" + name, locale, all), null);
	}

}
