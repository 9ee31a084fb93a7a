package kz.otinish.calendar;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/calendar: a year's days with add, change and remove forms, and the change log.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

	static final String VIEW = "calendar/admin";

	private final WorkingDayCalendar calendar;

	private final CalendarAdministration administration;

	private final Clock clock;

	private final CalendarDependents dependents;

	CalendarAdminController(WorkingDayCalendar calendar, CalendarAdministration administration, Clock clock,
			CalendarDependents dependents) {
		this.calendar = calendar;
		this.administration = administration;
		this.clock = clock;
		this.dependents = dependents;
	}

	@GetMapping
	String showYear(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate edit,
			Model model) {
		int shown = parseYear(year);
		DayForm form = DayForm.empty();
		if (edit != null) {
			form = this.calendar.year(edit.getYear())
				.find(edit)
				.map(DayForm::of)
				.orElseThrow(() -> new NotFound("calendar.error.dayNotFound"));
			shown = edit.getYear();
			model.addAttribute("editing", edit);
			model.addAttribute("spanning", this.dependents.openAppealsSpanning(edit));
		}
		model.addAttribute("dayForm", form);
		return page(shown, model);
	}

	@PostMapping("/days")
	String processDayForm(@Valid @ModelAttribute("dayForm") DayForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("date") && form.parsedDate().isEmpty()) {
			result.rejectValue("date", "calendar.validation.date");
		}
		if (!result.hasFieldErrors("kind") && form.parsed(DayKind.class, form.kind()).isEmpty()) {
			result.rejectValue("kind", "calendar.validation.kind");
		}
		if (!result.hasFieldErrors("status") && form.parsed(DataStatus.class, form.status()).isEmpty()) {
			result.rejectValue("status", "calendar.validation.status");
		}
		int year = form.parsedDate().map(LocalDate::getYear).orElseGet(() -> LocalDate.now(this.clock).getYear());
		if (!result.hasErrors()) {
			try {
				CalendarDay day = this.administration.saveDay(form.toDay(), user);
				redirect.addFlashAttribute("saved", day.date());
				return "redirect:/admin/calendar?year=" + day.date().getYear();
			}
			catch (Refused ex) {
				result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return page(inRange(year), model);
	}

	/**
	 * Removing a day cannot be undone by the system (only by entering it again): the
	 * administrator confirms, told what it touches.
	 */
	@GetMapping("/days/{date}/remove")
	String confirmRemoval(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		CalendarDay day = this.calendar.year(date.getYear())
			.find(date)
			.orElseThrow(() -> new NotFound("calendar.error.dayNotFound"));
		model.addAttribute("day", day);
		model.addAttribute("spanning", this.dependents.openAppealsSpanning(date));
		return "calendar/remove";
	}

	@PostMapping("/days/{date}/remove")
	String removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, CurrentUser user,
			RedirectAttributes redirect) {
		this.administration.removeDay(date, user);
		redirect.addFlashAttribute("removed", date);
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	@PostMapping("/years")
	String addYear(@RequestParam int year, CurrentUser user, RedirectAttributes redirect) {
		this.administration.addYear(year, user);
		redirect.addFlashAttribute("yearCreated", year);
		return "redirect:/admin/calendar?year=" + year;
	}

	private String page(int year, Model model) {
		CalendarYear shown = this.calendar.year(year);
		model.addAttribute("year", year);
		model.addAttribute("calendarYear", shown);
		model.addAttribute("changes", this.administration.changes(year));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("kinds", DayKind.values());
		model.addAttribute("statuses", DataStatus.values());
		model.addAttribute("holidays", Holiday.values());
		model.addAttribute("previousYear", Math.max(year - 1, CalendarAdministration.FIRST_YEAR));
		model.addAttribute("nextYear", Math.min(year + 1, CalendarAdministration.LAST_YEAR));
		return VIEW;
	}

	private int parseYear(@Nullable String year) {
		try {
			return inRange(year == null ? LocalDate.now(this.clock).getYear() : Integer.parseInt(year.strip()));
		}
		catch (NumberFormatException ex) {
			return LocalDate.now(this.clock).getYear();
		}
	}

	private static int inRange(int year) {
		return Math.max(CalendarAdministration.FIRST_YEAR, Math.min(CalendarAdministration.LAST_YEAR, year));
	}

}
