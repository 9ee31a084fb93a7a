package kz.otinish.review.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.identity.CurrentUser;
import kz.otinish.review.ActionKind;
import kz.otinish.review.ConflictOfInterest;
import kz.otinish.review.MeetingView;
import kz.otinish.appeal.Outcome;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The meeting pages: the forums with "my agenda", a new meeting, one meeting (attendance,
 * minutes) and the protocol decision form per agenda item (REV-8..REV-10).
 */
@Controller
class MeetingPagesController {

	private final Reviews reviews;

	private final AppealManagement appeals;

	private final Clock clock;

	private final ConflictOfInterest conflicts;

	MeetingPagesController(Reviews reviews, AppealManagement appeals, Clock clock, ConflictOfInterest conflicts) {
		this.reviews = reviews;
		this.conflicts = conflicts;
		this.appeals = appeals;
		this.clock = clock;
	}

	/** The forums this person sits in, their meetings, "my agenda". */
	@GetMapping("/meetings")
	String showMeetings(CurrentUser user, Model model) {
		model.addAttribute("forums", this.reviews.forumsOf(user));
		List<MeetingView> agenda = this.reviews.agendaOf(user);
		model.addAttribute("meetings", agenda);
		model.addAttribute("appeals", appealsOf(agenda));
		return "review/meetings";
	}

	private Map<UUID, Appeal> appealsOf(List<MeetingView> meetings) {
		Map<UUID, Appeal> found = new LinkedHashMap<>();
		meetings.stream()
			.flatMap(meeting -> meeting.agenda().stream())
			.distinct()
			.forEach(id -> this.appeals.find(id).ifPresent(appeal -> found.put(id, appeal)));
		return found;
	}

	@GetMapping("/meetings/new")
	String initMeetingForm(@RequestParam String forum, @RequestParam(required = false) @Nullable UUID appeal,
			CurrentUser user, Model model) {
		// from "waiting for me": the appeal the secretary came
		// for is already on the agenda
		return meetingForm(forum, user, model, new ReviewForms.Meeting(LocalDate.now(this.clock),
				appeal == null ? List.of() : List.of(appeal.toString())));
	}

	private String meetingForm(String forum, CurrentUser user, Model model, ReviewForms.Meeting form) {
		kz.otinish.review.Forum found = this.reviews.forumsOf(user)
			.stream()
			.filter(candidate -> candidate.key().equals(forum) && candidate.canRun())
			.findFirst()
			.orElseThrow(() -> new NotFound("review.meeting.notFound"));
		model.addAttribute("forum", found);
		model.addAttribute("candidates", this.conflicts.candidates(forum, user));
		model.asMap().putIfAbsent("meetingForm", form);
		return "review/meeting-new";
	}

	@PostMapping("/meetings")
	String processMeetingForm(@RequestParam String forum, CurrentUser user,
			@Valid @ModelAttribute("meetingForm") ReviewForms.Meeting form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				List<UUID> agenda = form.agenda() == null ? List.of()
						: form.agenda().stream().map(UUID::fromString).toList();
				MeetingView meeting = this.reviews.scheduleMeeting(forum, Objects.requireNonNull(form.date()), agenda,
						user);
				return "redirect:/meetings/" + meeting.id();
			}
			catch (Refused ex) {
				result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return meetingForm(forum, user, model, form);
	}

	@GetMapping("/meetings/{id}")
	String showMeeting(@PathVariable UUID id, CurrentUser user, Model model) {
		MeetingView meeting = this.reviews.meeting(id, user);
		model.addAttribute("meeting", meeting);
		model.addAttribute("commission", meeting.commissionId() == null ? null
				: meeting.agenda().stream().findFirst().flatMap(this.reviews::commissionOf).orElse(null));
		model.addAttribute("canRun", this.reviews.canRun(user, meeting.forumKey()) && !meeting.cancelled());
		model.addAttribute("canChange", this.reviews.canChangeMeeting(meeting, user));
		model.addAttribute("members",
				meeting.attendanceRecorded() ? meeting.attendance() : this.reviews.membersOf(meeting));
		model.addAttribute("appeals", appealsOf(List.of(meeting)));
		Map<UUID, Boolean> decided = new LinkedHashMap<>();
		meeting.agenda()
			.forEach(appealId -> decided.put(appealId,
					this.reviews.decisionOf(appealId)
						.map(decision -> decision.meeting().id().equals(meeting.id()))
						.orElse(false)));
		model.addAttribute("decided", decided);
		model.asMap()
			.putIfAbsent("minutesForm",
					new ReviewForms.Minutes(String.valueOf(meeting.minutes() == null ? "" : meeting.minutes())));
		return "review/meeting";
	}

	@PostMapping("/meetings/{id}/attendance")
	String processAttendance(@PathVariable UUID id, CurrentUser user,
			@RequestParam(name = "present", required = false) @Nullable List<String> present) {
		this.reviews.recordAttendance(id, present == null ? List.of() : present, user);
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/minutes")
	String processMinutes(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("minutesForm") ReviewForms.Minutes form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return showMeeting(id, user, model);
		}
		this.reviews.recordMinutes(id, form.minutes(), user);
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/items/{appealId}")
	String initDecisionForm(@PathVariable UUID id, @PathVariable UUID appealId, CurrentUser user, Model model) {
		return decisionForm(id, appealId, user, model, ReviewForms.Decision::empty);
	}

	private String decisionForm(UUID id, UUID appealId, CurrentUser user, Model model,
			Supplier<ReviewForms.Decision> form) {
		MeetingView meeting = this.reviews.meeting(id, user);
		if (!meeting.agenda().contains(appealId) || !this.conflicts.canDecide(user, meeting, appealId)) {
			throw new NotFound("review.meeting.notFound");
		}
		Appeal appeal = this.appeals.find(appealId).orElseThrow(NotFound::appeal);
		model.addAttribute("meeting", meeting);
		model.addAttribute("appeal", appeal);
		model.addAttribute("review", this.reviews.review(appealId, user));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("actionKinds", ActionKind.values());
		model.asMap().putIfAbsent("decisionForm", form.get());
		return "review/decide";
	}

	@PostMapping("/meetings/{id}/items/{appealId}")
	String processDecisionForm(@PathVariable UUID id, @PathVariable UUID appealId, CurrentUser user,
			@Valid @ModelAttribute("decisionForm") ReviewForms.Decision form, BindingResult result, Model model) {
		if (form.actions() != null && form.actions()
			.stream()
			.filter(ReviewForms.ActionRow::filled)
			.anyMatch(row -> row.dueOn() == null || blank(row.addressee()) || blank(row.responsible()))) {
			result.reject("review.decision.actionIncomplete", new Object[0], "review.decision.actionIncomplete");
		}
		if (!result.hasErrors()) {
			try {
				this.reviews.decide(id, appealId, form.toCommand(), user);
				return "redirect:/meetings/" + id + "?decided";
			}
			catch (Refused ex) {
				result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return decisionForm(id, appealId, user, model, () -> form);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
