package kz.otinish.clock;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Registration;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

	private final MessageSource messages;

	private final Clock clock;

	OverdueController(AppealManagement appeals, WorkingDayCalendar calendar, ClockSettings settings,
			MessageSource messages, Clock clock) {
		this.appeals = appeals;
		this.calendar = calendar;
		this.settings = settings;
		this.messages = messages;
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
		var locale = LocaleContextHolder.getLocale();
		DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.yyyy");
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(";",
				List.of("number", "subject", "school", "status", "dueOn", "workingDays", "overdue", "executor")))
			.append("\r\n");
		for (Row row : rows(user)) {
			Appeal appeal = row.appeal();
			csv.append(String.join(";",
					List.of(cell(appeal.registration().map(Registration::number).orElse("")), cell(appeal.subject()),
							cell(appeal.schoolCode() == null ? "" : appeal.schoolCode()),
							cell(this.messages.getMessage("appeal.status." + appeal.status(), null, locale)),
							day.format(row.dueOn()), String.valueOf(row.workingDays()), String.valueOf(row.overdue()),
							cell(appeal.executorName().orElse("")))))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"overdue.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The same list as an Excel workbook: one sheet, a header row in the reader's
	 * language, dates as dates and numbers as numbers.
	 */
	@GetMapping("/overdue.xlsx")
	ResponseEntity<byte[]> overdueXlsx(CurrentUser user) throws java.io.IOException {
		List<Row> rows = rows(user);
		var locale = LocaleContextHolder.getLocale();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("overdue");
			var dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			var header = sheet.createRow(0);
			List<String> headings = List.of("clock.xlsx.number", "clock.overdue.subject", "clock.xlsx.school",
					"clock.xlsx.status", "clock.xlsx.dueOn", "clock.overdue.workingDays", "clock.xlsx.overdue",
					"clock.overdue.executor");
			for (int i = 0; i < headings.size(); i++) {
				header.createCell(i).setCellValue(this.messages.getMessage(headings.get(i), null, locale));
			}
			int r = 1;
			for (Row row : rows) {
				Appeal appeal = row.appeal();
				var line = sheet.createRow(r++);
				line.createCell(0).setCellValue(appeal.registration().map(Registration::number).orElse(""));
				line.createCell(1).setCellValue(appeal.subject());
				line.createCell(2).setCellValue(appeal.schoolCode() == null ? "" : appeal.schoolCode());
				line.createCell(3)
					.setCellValue(this.messages.getMessage("appeal.status." + appeal.status(), null, locale));
				var due = line.createCell(4);
				due.setCellValue(row.dueOn());
				due.setCellStyle(dateStyle);
				line.createCell(5).setCellValue(row.workingDays());
				line.createCell(6)
					.setCellValue(this.messages
						.getMessage(row.overdue() ? "clock.xlsx.overdueYes" : "clock.xlsx.overdueNo", null, locale));
				line.createCell(7).setCellValue(appeal.executorName().orElse(""));
			}
			for (int i = 0; i < headings.size(); i++) {
				sheet.setColumnWidth(i, (i == 1 ? 48 : 16) * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"overdue.xlsx\"")
				.contentType(
						MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.body(out.toByteArray());
		}
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

	private static String cell(String value) {
		String safe = value.replace("\"", "\"\"");
		// a leading formula character would run in a spreadsheet
		if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		return "\"" + safe + "\"";
	}

	/**
	 * One appeal on the list: its due date and the working days left, or overdue when
	 * {@code overdue}.
	 */
	record Row(Appeal appeal, LocalDate dueOn, int workingDays, boolean overdue) {
	}

}
