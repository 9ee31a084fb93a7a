package kz.otinish.review.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.otinish.identity.CurrentUser;
import kz.otinish.review.ConflictOfInterest;
import kz.otinish.review.MeetingView;
import kz.otinish.review.Reviews;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Before any decision is recorded, whoever runs the meeting may change its agenda or
 * cancel it; the protocol number stays either way (a cancelled meeting's protocol records
 * the cancellation), so the numbering stays gapless.
 */
@Controller
class MeetingChangesController {

	private final Reviews reviews;

	private final ConflictOfInterest conflicts;

	MeetingChangesController(Reviews reviews, ConflictOfInterest conflicts) {
		this.reviews = reviews;
		this.conflicts = conflicts;
	}

	@GetMapping("/meetings/{id}/agenda")
	String initAgendaForm(@PathVariable UUID id, CurrentUser user, Model model) {
		MeetingView meeting = changeable(id, user);
		return agendaPage(meeting, user, model, new AgendaForm(meeting.agenda().stream().map(UUID::toString).toList()));
	}

	@PostMapping("/meetings/{id}/agenda")
	String processAgendaForm(@PathVariable UUID id, CurrentUser user, @ModelAttribute("agendaForm") AgendaForm form,
			BindingResult result, Model model) {
		MeetingView meeting = changeable(id, user);
		try {
			List<UUID> agenda = form.agenda() == null ? List.of()
					: form.agenda().stream().map(UUID::fromString).toList();
			this.reviews.updateAgenda(id, agenda, user);
			return "redirect:/meetings/" + id + "?agendaChanged";
		}
		catch (Refused ex) {
			result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		catch (IllegalArgumentException ex) {
			result.reject("review.meeting.notForThisForum", new Object[0], "review.meeting.notForThisForum");
		}
		return agendaPage(meeting, user, model, form);
	}

	@GetMapping("/meetings/{id}/cancel")
	String initCancelForm(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("meeting", changeable(id, user));
		model.addAttribute("cancelForm", new CancelForm(""));
		return "review/meeting-cancel";
	}

	@PostMapping("/meetings/{id}/cancel")
	String processCancelForm(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult result, Model model) {
		MeetingView meeting = changeable(id, user);
		if (!result.hasErrors()) {
			try {
				this.reviews.cancelMeeting(id, form.reason(), user);
				return "redirect:/meetings/" + id + "?cancelled";
			}
			catch (Refused ex) {
				result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		model.addAttribute("meeting", meeting);
		return "review/meeting-cancel";
	}

	private String agendaPage(MeetingView meeting, CurrentUser user, Model model, AgendaForm form) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("candidates", this.conflicts.agendaCandidates(meeting, user));
		model.addAttribute("agendaForm", form);
		return "review/meeting-agenda";
	}

	private MeetingView changeable(UUID id, CurrentUser user) {
		MeetingView meeting = this.reviews.meeting(id, user);
		if (!this.reviews.canChangeMeeting(meeting, user)) {
			throw new NotFound("review.meeting.notFound");
		}
		return meeting;
	}

	/** The agenda: the ids of the appeals on it, in order. */
	record AgendaForm(@Nullable List<String> agenda) {

		public @Nullable List<String> getAgenda() {
			return this.agenda;
		}

	}

	/** Why the meeting is cancelled. */
	record CancelForm(@NotBlank(message = "{review.meeting.cancelReasonMissing}") @Size(max = 2000) String reason) {

		public String getReason() {
			return this.reason;
		}

	}

}
