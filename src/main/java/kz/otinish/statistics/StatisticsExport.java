package kz.otinish.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.otinish.shared.TableExport;
import kz.otinish.shared.TableExport.Column;
import kz.otinish.statistics.DashboardView.Breakdown;
import kz.otinish.statistics.DashboardView.Figure;
import kz.otinish.statistics.DashboardView.Row;
import kz.otinish.statistics.DashboardView.SchoolRow;
import kz.otinish.statistics.DrillDownView.Line;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard and the lists behind its figures as CSV and XLSX (STAT-1): headings and
 * values in the reader's language, numbers as numbers, the same figures as the page.
 */
@Component
class StatisticsExport {

	private final MessageSource messages;

	StatisticsExport(MessageSource messages) {
		this.messages = messages;
	}

	/** Every figure of the dashboard, a row each: section, figure, count, share. */
	TableExport dashboard(DashboardView view, Locale locale) {
		List<Column> columns = List.of(new Column(text("statistics.export.section", locale), 36),
				new Column(text("statistics.export.figure", locale), 44),
				Column.of(text("statistics.export.count", locale)), Column.of(text("statistics.export.share", locale)));
		List<List<@Nullable Object>> rows = new ArrayList<>();
		String period = text("statistics.criterion.period", locale, view.periodText());
		rows.add(cells(text("statistics.export.period", locale), period, null, null));
		String headline = text("statistics.headline", locale);
		for (Figure figure : view.headline()) {
			boolean days = figure.key().equals("median") || figure.key().equals("p90");
			rows.add(cells(headline, figure.label(), days ? figure.text() : figure.value(), figure.share()));
		}
		for (Breakdown breakdown : view.breakdowns()) {
			for (Row row : breakdown.rows()) {
				rows.add(cells(breakdown.title(), row.label(), row.count(), row.share()));
			}
		}
		if (view.bySchool() != null) {
			for (SchoolRow school : view.bySchool().rows()) {
				for (int i = 0; i < view.bySchool().headings().size(); i++) {
					String cell = school.cells().get(i).text();
					rows.add(cells(school.school(), view.bySchool().headings().get(i),
							cell.chars().allMatch(Character::isDigit) ? Long.valueOf(cell) : cell, null));
				}
			}
		}
		return new TableExport("statistics", columns, rows);
	}

	/** The council's report: its figures, top categories, measures and the analysis. */
	TableExport council(Reports.CouncilReport report, Locale locale) {
		TableExport figures = dashboard(report.figures(), locale);
		List<List<@Nullable Object>> rows = new ArrayList<>(figures.rows());
		rows.add(0, cells(text("statistics.column.school", locale), report.school(), null, null));
		String top = text("statistics.council.topCategories", locale);
		for (Row row : report.topCategories()) {
			rows.add(cells(top, row.label(), row.count(), row.share()));
		}
		String measures = text("statistics.council.actions", locale);
		for (Reports.ActionLine action : report.actions()) {
			rows.add(cells(measures,
					action.appeal() + " · " + action.kind() + " · " + action.text() + " · " + action.responsible()
							+ " · " + java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(action.dueOn()),
					null, action.status()));
		}
		if (report.analysis() != null) {
			rows.add(cells(text("statistics.council.analysis", locale), report.analysis().text(), null, null));
		}
		return new TableExport("council-" + report.schoolCode(), figures.columns(), rows);
	}

	/** The accreditation report: a row per school. */
	TableExport accreditation(Reports.AccreditationReport report, Locale locale) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(text("statistics.column.school", locale), 40));
		report.headings().forEach(heading -> columns.add(new Column(heading, 14)));
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Reports.SchoolLine line : report.rows()) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(line.school());
			for (String cell : line.cells()) {
				cells.add(!cell.isEmpty() && cell.chars().allMatch(Character::isDigit) ? (Object) Long.valueOf(cell)
						: cell);
			}
			rows.add(cells);
		}
		return new TableExport("accreditation", columns, rows);
	}

	/** The appeals behind a figure. */
	TableExport appeals(List<Line> lines, Locale locale) {
		List<Column> columns = new ArrayList<>();
		for (String key : List.of("appeal.field.number", "statistics.column.kind", "statistics.column.category",
				"statistics.column.school", "appeal.field.status", "statistics.column.received", "appeal.field.dueOn",
				"statistics.column.answered")) {
			columns.add(Column.of(text(key, locale)));
		}
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Line line : lines) {
			rows.add(cells(line.number() == null ? "" : line.number(), line.kind(), line.category(), line.school(),
					line.status(), line.receivedOn(), line.dueOn(), line.answeredOn()));
		}
		return new TableExport("appeals", columns, rows);
	}

	private static List<@Nullable Object> cells(@Nullable Object... values) {
		List<@Nullable Object> cells = new ArrayList<>();
		java.util.Collections.addAll(cells, values);
		return cells;
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
