package kz.otinish.system;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * A page that comes back with errors in a form says so in its title ("Қате: …", "Ошибка:
 * …", "Error: …"), the first thing a screen reader reads (the GOV.UK pattern). Every page
 * gets it without repeating it in its title: the rendered title is prefixed when any form
 * of the page has errors, or when the page shows a {@value #PROBLEM} that is not a form
 * field's (a refused sign-in, a tracking number not found).
 */
@Component
class FormErrorsDialect extends AbstractDialect implements IPostProcessorDialect {

	/** The model attribute of a page's error that belongs to no form field. */
	public static final String PROBLEM = "problem";

	FormErrorsDialect() {
		super("Otinish form errors");
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, ErrorTitle.class, 1000));
	}

	/** Prefixes the text of the page's {@code <title>} when a form on it has errors. */
	public static final class ErrorTitle extends AbstractTemplateHandler {

		private boolean inTitle;

		private boolean prefixed;

		@Override
		public void handleOpenElement(IOpenElementTag tag) {
			this.inTitle = "title".equals(tag.getElementCompleteName());
			super.handleOpenElement(tag);
		}

		@Override
		public void handleCloseElement(ICloseElementTag tag) {
			this.inTitle = false;
			super.handleCloseElement(tag);
		}

		@Override
		public void handleText(IText text) {
			if (this.inTitle && !this.prefixed) {
				this.prefixed = true;
				ITemplateContext context = getContext();
				if (hasErrors(context)) {
					String prefix = context.getMessage(FormErrorsDialect.class, "form.errorPrefix", new Object[0],
							false);
					super.handleText(context.getModelFactory().createText(prefix + " " + text.getText()));
					return;
				}
			}
			super.handleText(text);
		}

		private static boolean hasErrors(ITemplateContext context) {
			if (context.getVariable(PROBLEM) != null) {
				return true;
			}
			for (String name : context.getVariableNames()) {
				if (name.startsWith(BindingResult.MODEL_KEY_PREFIX)
						&& context.getVariable(name) instanceof BindingResult result && result.hasErrors()) {
					return true;
				}
			}
			return false;
		}

	}

}
