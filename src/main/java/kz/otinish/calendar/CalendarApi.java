package kz.otinish.calendar;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.otinish.calendar.CalendarPayloads.WorkingDaysAdded;
import kz.otinish.calendar.CalendarPayloads.WorkingDaysCount;
import kz.otinish.calendar.CalendarPayloads.YearView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working-day questions for everyone signed in. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Kazakhstan's working days: holidays, carry-overs, transfers, Kurban Ait")
class CalendarApi {

	/** Enough for any deadline of the procedure (DL-2: 30) with a wide margin. */
	static final int MAX_DAYS = 365;

	private final WorkingDayCalendar calendar;

	private final MessageSource messages;

	CalendarApi(WorkingDayCalendar calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/working-days")
	@Operation(summary = "Count working days",
			description = "Working days after `from` (not counted) up to and including `to`. `from` must not be after `to`.")
	@ApiResponse(responseCode = "200", description = "The count")
	@ApiResponse(responseCode = "400", description = "`from` after `to`, a year out of range, or a malformed date")
	WorkingDaysCount workingDays(
			@Parameter(description = "Start date (ISO), not counted",
					example = "2026-03-20") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "End date (ISO), counted",
					example = "2026-03-31") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		checkYear(from.getYear());
		checkYear(to.getYear());
		if (from.isAfter(to)) {
			throw new InvalidCalendarQuery("calendar.error.fromAfterTo", from.toString(), to.toString());
		}
		return new WorkingDaysCount(from, to, this.calendar.workingDaysBetween(from, to));
	}

	@GetMapping("/add-working-days")
	@Operation(summary = "Add working days",
			description = "The working day that lies `days` working days after `from`; `from` itself is not counted (sop.md DL-1).")
	@ApiResponse(responseCode = "200", description = "The resulting day")
	@ApiResponse(responseCode = "400",
			description = "`days` out of 0.." + MAX_DAYS + ", a year out of range, or a malformed date")
	WorkingDaysAdded addWorkingDays(
			@Parameter(description = "Start date (ISO), not counted",
					example = "2026-11-25") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Working days to add, 0.." + MAX_DAYS, example = "15") @RequestParam int days) {
		checkYear(from.getYear());
		if (days < 0 || days > MAX_DAYS) {
			throw new InvalidCalendarQuery("calendar.error.daysOutOfRange", String.valueOf(days), "0",
					String.valueOf(MAX_DAYS));
		}
		LocalDate result = this.calendar.addWorkingDays(from, days);
		checkYear(result.getYear());
		return new WorkingDaysAdded(from, days, result);
	}

	@GetMapping("/years/{year}")
	@Operation(summary = "A year's calendar",
			description = "Non-working days (holidays, religious days off, carry-overs, transferred days off), working weekend days, and whether the year is DATA or the STATUTORY_FALLBACK.")
	@ApiResponse(responseCode = "200", description = "The year")
	@ApiResponse(responseCode = "400", description = "A year out of range")
	YearView year(@Parameter(description = "The year", example = "2026") @PathVariable int year) {
		checkYear(year);
		return YearView.of(this.calendar.year(year));
	}

	@ExceptionHandler(InvalidCalendarQuery.class)
	ProblemDetail invalid(InvalidCalendarQuery ex) {
		return problem(this.messages, ex);
	}

	static ProblemDetail problem(MessageSource messages, InvalidCalendarQuery ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), LocaleContextHolder.getLocale()));
		problem.setType(URI.create("https://otinish.kz/problems/invalid-input"));
		return problem;
	}

	static void checkYear(int year) {
		if (year < CalendarAdministration.FIRST_YEAR || year > CalendarAdministration.LAST_YEAR) {
			throw new InvalidCalendarQuery("calendar.error.yearOutOfRange", String.valueOf(year),
					String.valueOf(CalendarAdministration.FIRST_YEAR),
					String.valueOf(CalendarAdministration.LAST_YEAR));
		}
	}

}
