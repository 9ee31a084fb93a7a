package kz.otinish.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.TableExport;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overdue list: open appeals past their due date or due within the farthest reminder
 * point, soonest first, with working days left or overdue, paged by the database; deans
 * and their offices see their school, higher officials every school. Also as CSV and XLSX
 * (the whole list).
 */
@Controller
class OverdueController {

	private final AppealManagement appeals;

	private final WorkingDayCalendar calendar;

	private final ClockSettings settings;

	private final OverdueExport export;

	private final Clock clock;

	private final kz.otinish.appeal.AppealLists lists;

	OverdueController(AppealManagement appeals, WorkingDayCalendar calendar, ClockSettings settings,
			OverdueExport export, Clock clock, kz.otinish.appeal.AppealLists lists) {
		this.lists = lists;
		this.appeals = appeals;
		this.calendar = calendar;
		this.settings = settings;
		this.export = export;
		this.clock = clock;
	}

	static final int PAGE_SIZE = 50;

	private static final int EXPORT_BATCH = 500;

	@GetMapping("/overdue")
	String showOverdue(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		Slice<Row> rows = rows(user, kz.otinish.shared.Paging.of(page, PAGE_SIZE));
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("page", rows);
		model.addAttribute("horizon", this.settings.horizon());
		return "clock/overdue";
	}

	@GetMapping("/overdue.csv")
	ResponseEntity<byte[]> overdueCsv(CurrentUser user) {
		return this.export.of(allRows(user), LocaleContextHolder.getLocale()).download(TableExport.Format.CSV);
	}

	/**
	 * The same list as an Excel workbook: one sheet, a header row in the reader's
	 * language, dates as dates and numbers as numbers.
	 */
	@GetMapping("/overdue.xlsx")
	ResponseEntity<byte[]> overdueXlsx(CurrentUser user) {
		return this.export.of(allRows(user), LocaleContextHolder.getLocale()).download(TableExport.Format.XLSX);
	}

	/** The whole list for a download, read page by page. */
	List<Row> allRows(CurrentUser user) {
		List<Row> all = new java.util.ArrayList<>();
		Slice<Row> slice = rows(user, kz.otinish.shared.Paging.of(0, EXPORT_BATCH));
		all.addAll(slice.getContent());
		while (slice.hasNext()) {
			slice = rows(user, slice.nextPageable());
			all.addAll(slice.getContent());
		}
		return all;
	}

	/**
	 * A page of the list, ordered and paged by the database: open appeals due on or
	 * before the last day that is at most {@code horizon} working days away (overdue ones
	 * included), the nearest due date first.
	 */
	Slice<Row> rows(CurrentUser user, Pageable page) {
		if (!(user.is(Role.DEAN) || user.is(Role.DEANS_OFFICE) || user.is(Role.OFFICIAL))) {
			throw new NotFound("clock.overdue.notFound");
		}
		LocalDate today = LocalDate.now(this.clock);
		// workingDaysBetween(today, due) <= horizon exactly when due comes before the
		// (horizon + 1)-th working day after today
		LocalDate lastDay = this.calendar.addWorkingDays(today, this.settings.horizon() + 1).minusDays(1);
		return this.lists.openDueBy(lastDay, page, user).map(appeal -> {
			LocalDate due = appeal.dueOn().orElse(lastDay);
			return new Row(appeal, due, Math.abs(this.calendar.workingDaysBetween(today, due)), today.isAfter(due));
		});
	}

	/**
	 * One appeal on the list: its due date and the working days left, or overdue when
	 * {@code overdue}.
	 */
	record Row(Appeal appeal, LocalDate dueOn, int workingDays, boolean overdue) {
	}

}
