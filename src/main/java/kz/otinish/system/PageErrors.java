package kz.otinish.system;

import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** Friendly, localized pages for the errors a person can meet in the UI. */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFound ex) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("messageKey", ex.messageKey());
		return page;
	}

	@ExceptionHandler(Refused.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView refused(Refused ex) {
		ModelAndView page = new ModelAndView("error/refused");
		page.addObject("messageKey", ex.messageKey());
		page.addObject("arguments", ex.arguments());
		return page;
	}

}
