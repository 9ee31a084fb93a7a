package kz.otinish.review.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;
import kz.otinish.review.Reviews;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * REV-8, REV-10 tracked to completion: the open measures and recommendations a person
 * follows, nearest due date first, overdue ones flagged, each marked done with a note.
 */
@Controller
class ActionsController {

	private final Reviews reviews;

	private final MessageSource messages;

	private final Clock clock;

	ActionsController(Reviews reviews, MessageSource messages, Clock clock) {
		this.reviews = reviews;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/actions")
	String showActions(CurrentUser user, Model model) {
		model.addAttribute("actions", this.reviews.openActions(user));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "review/actions";
	}

	@PostMapping("/actions/{actionId}/done")
	String processDone(@PathVariable UUID actionId, CurrentUser user, @RequestParam(defaultValue = "") String note,
			Model model) {
		if (this.reviews.trackedAction(actionId, user).isEmpty()) {
			throw new NotFound("review.action.notFound");
		}
		try {
			this.reviews.completeAction(actionId, note, user);
		}
		catch (Refused ex) {
			model.addAttribute("rowError",
					new RowError(actionId, "note", "done-" + actionId,
							this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()),
							Map.of("note", note)));
			return showActions(user, model);
		}
		return "redirect:/actions?done";
	}

}
