package kz.otinish.calendar;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.otinish.calendar.CalendarPayloads.AdminYearView;
import kz.otinish.calendar.CalendarPayloads.ChangeView;
import kz.otinish.calendar.CalendarPayloads.DayPayload;
import kz.otinish.calendar.CalendarPayloads.DayView;
import kz.otinish.calendar.CalendarPayloads.YearView;
import kz.otinish.identity.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections to the calendar without a deploy; ADMIN only. Every change is logged with
 * who and when.
 */
@RestController
@RequestMapping("/api/v1/admin/calendar")
@Tag(name = "Calendar administration", description = "Correct a day or add a year; ADMIN only")
@SecurityRequirement(name = "basicAuth")
class CalendarAdminApi {

	private final WorkingDayCalendar calendar;

	private final CalendarAdministration administration;

	private final MessageSource messages;

	CalendarAdminApi(WorkingDayCalendar calendar, CalendarAdministration administration, MessageSource messages) {
		this.calendar = calendar;
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping("/years/{year}")
	@Operation(summary = "A year with its change log",
			description = "The year's days with their statuses and sources, and every change made to it, newest first.")
	AdminYearView year(@Parameter(description = "The year", example = "2026") @PathVariable int year) {
		CalendarApi.checkYear(year);
		return new AdminYearView(YearView.of(this.calendar.year(year)),
				this.administration.changes(year).stream().map(ChangeView::of).toList());
	}

	@PostMapping("/years/{year}")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a year",
			description = "Creates a year without data from the statutory rules (fixed-date holidays and their carry-overs); add the government's transfers and Kurban Ait afterwards.")
	@ApiResponse(responseCode = "201", description = "The year, now DATA")
	@ApiResponse(responseCode = "409", description = "The year already has data, or is out of range")
	YearView addYear(@Parameter(description = "The year", example = "2028") @PathVariable int year,
			@Parameter(hidden = true) CurrentUser user) {
		return YearView.of(this.administration.addYear(year, user));
	}

	@PutMapping("/days/{date}")
	@Operation(summary = "Add or change a day",
			description = "Sets the day's entry; a later deadline computation follows it at once.")
	@ApiResponse(responseCode = "200", description = "The day as stored")
	@ApiResponse(responseCode = "400", description = "Invalid fields (listed in `errors`)")
	@ApiResponse(responseCode = "409",
			description = "Inconsistent: a working weekend day not on a weekend, a moved day off on a weekend, a year out of range")
	DayView saveDay(
			@Parameter(description = "The date (ISO)",
					example = "2026-12-17") @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestBody @Valid DayPayload day, @Parameter(hidden = true) CurrentUser user) {
		return DayView.of(this.administration.saveDay(day.toDay(date), user));
	}

	@DeleteMapping("/days/{date}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a day",
			description = "Removes the day's entry: it becomes an ordinary weekday or weekend day.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "The date has no entry")
	void removeDay(
			@Parameter(description = "The date (ISO)",
					example = "2026-12-17") @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Parameter(hidden = true) CurrentUser user) {
		this.administration.removeDay(date, user);
	}

	@ExceptionHandler(InvalidCalendarQuery.class)
	ProblemDetail invalid(InvalidCalendarQuery ex) {
		return CalendarApi.problem(this.messages, ex);
	}

}
