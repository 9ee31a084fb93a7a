package kz.otinish.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.TableExport;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overdue list: open appeals past their due date or due within the farthest reminder
 * point, soonest first, with working days left or overdue; deans and their offices see
 * their school, higher officials every school. Also as CSV and XLSX.
 */
@Controller
class OverdueController {

	private final AppealManagement appeals;

	private final WorkingDayCalendar calendar;

	private final ClockSettings settings;

	private final OverdueExport export;

	private final Clock clock;

	OverdueController(AppealManagement appeals, WorkingDayCalendar calendar, ClockSettings settings,
			OverdueExport export, Clock clock) {
		this.appeals = appeals;
		this.calendar = calendar;
		this.settings = settings;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/overdue")
	String showOverdue(CurrentUser user, Model model) {
		model.addAttribute("rows", rows(user));
		model.addAttribute("horizon", this.settings.horizon());
		return "clock/overdue";
	}

	@GetMapping("/overdue.csv")
	ResponseEntity<byte[]> overdueCsv(CurrentUser user) {
		return this.export.of(rows(user), LocaleContextHolder.getLocale()).download(TableExport.Format.CSV);
	}

	/**
	 * The same list as an Excel workbook: one sheet, a header row in the reader's
	 * language, dates as dates and numbers as numbers.
	 */
	@GetMapping("/overdue.xlsx")
	ResponseEntity<byte[]> overdueXlsx(CurrentUser user) {
		return this.export.of(rows(user), LocaleContextHolder.getLocale()).download(TableExport.Format.XLSX);
	}

	List<Row> rows(CurrentUser user) {
		if (!(user.is(Role.DEAN) || user.is(Role.DEANS_OFFICE) || user.is(Role.OFFICIAL))) {
			throw new NotFound("clock.overdue.notFound");
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.appeals.openAppeals(user).stream().filter(appeal -> appeal.dueOn().isPresent()).map(appeal -> {
			LocalDate due = appeal.dueOn().get();
			return new Row(appeal, due, Math.abs(this.calendar.workingDaysBetween(today, due)), today.isAfter(due));
		})
			.filter(row -> row.overdue() || row.workingDays() <= this.settings.horizon())
			.sorted(Comparator.comparing(Row::dueOn))
			.toList();
	}

	/**
	 * One appeal on the list: its due date and the working days left, or overdue when
	 * {@code overdue}.
	 */
	record Row(Appeal appeal, LocalDate dueOn, int workingDays, boolean overdue) {
	}

}
