package kz.otinish.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.Registration;
import kz.otinish.shared.TableExport;
import kz.otinish.shared.TableExport.Column;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The overdue list as a table to download: headings and statuses in the reader's
 * language, the due date as a date, working days as a number.
 */
@Component
class OverdueExport {

	private static final List<String> HEADINGS = List.of("clock.xlsx.number", "clock.overdue.subject",
			"clock.xlsx.school", "clock.xlsx.status", "clock.xlsx.dueOn", "clock.overdue.workingDays",
			"clock.xlsx.overdue", "clock.overdue.executor");

	private final MessageSource messages;

	OverdueExport(MessageSource messages) {
		this.messages = messages;
	}

	TableExport of(List<OverdueController.Row> rows, Locale locale) {
		List<Column> columns = new ArrayList<>();
		for (String heading : HEADINGS) {
			String text = this.messages.getMessage(heading, null, locale);
			columns.add("clock.overdue.subject".equals(heading) ? new Column(text, 48) : Column.of(text));
		}
		List<List<@Nullable Object>> cells = new ArrayList<>();
		for (OverdueController.Row row : rows) {
			Appeal appeal = row.appeal();
			cells.add(List.of(appeal.registration().map(Registration::number).orElse(""), appeal.subject(),
					(appeal.schoolCode() != null) ? appeal.schoolCode() : "",
					this.messages.getMessage("appeal.status." + appeal.status(), null, locale), row.dueOn(),
					row.workingDays(), this.messages
						.getMessage(row.overdue() ? "clock.xlsx.overdueYes" : "clock.xlsx.overdueNo", null, locale),
					appeal.executorName().orElse("")));
		}
		return new TableExport("overdue", columns, cells);
	}

}
