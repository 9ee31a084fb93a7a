package kz.otinish.appeal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealSearch;
import kz.otinish.appeal.Registration;
import kz.otinish.identity.CurrentUser;
import kz.otinish.organization.Organization;
import kz.otinish.shared.Paging;
import kz.otinish.shared.TableExport;
import kz.otinish.shared.TableExport.Column;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The staff list of appeals, with its filters and search words, as CSV or XLSX: the
 * particulars in the reader's language (labels, not codes), the applicant's name, dates
 * as dates; up to {@value #LIMIT} rows.
 */
@Component
class AppealListExport {

	static final int LIMIT = 100_000;

	private static final int BATCH = 1_000;

	private static final List<String> HEADINGS = List.of("appeal.field.number", "appeal.field.subject",
			"documents.journal.applicant", "appeal.field.kind", "appeal.list.category", "appeal.list.school",
			"appeal.field.status", "appeal.field.receivedAt", "appeal.field.dueOn");

	private final AppealSearch search;

	private final Organization organization;

	private final MessageSource messages;

	private final Clock clock;

	AppealListExport(AppealSearch search, Organization organization, MessageSource messages, Clock clock) {
		this.search = search;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	TableExport of(ListFilter filter, String words, CurrentUser user, Locale locale) {
		List<Column> columns = new ArrayList<>();
		for (String heading : HEADINGS) {
			String text = this.messages.getMessage(heading, null, locale);
			columns.add(heading.endsWith("subject") ? new Column(text, 48)
					: heading.endsWith("applicant") ? new Column(text, 32) : Column.of(text));
		}
		List<List<@Nullable Object>> rows = new ArrayList<>();
		Slice<Appeal> page = this.search.matches(filter.toFilter(), words,
				Paging.of(0, BATCH, Sort.by(Sort.Direction.DESC, "receivedAt")), user);
		page.forEach(appeal -> rows.add(row(appeal, locale)));
		while (page.hasNext() && rows.size() < LIMIT) {
			page = this.search.matches(filter.toFilter(), words, page.nextPageable(), user);
			page.forEach(appeal -> rows.add(row(appeal, locale)));
		}
		return new TableExport("appeals", columns, rows.size() > LIMIT ? rows.subList(0, LIMIT) : rows);
	}

	private List<@Nullable Object> row(Appeal appeal, Locale locale) {
		List<@Nullable Object> row = new ArrayList<>();
		row.add(appeal.registration().map(Registration::number).orElse(""));
		row.add(appeal.subject());
		row.add(appeal.applicant().fullName() != null ? appeal.applicant().fullName()
				: this.messages.getMessage("documents.journal.anonymous", null, locale));
		row.add(this.messages.getMessage("appeal.kind." + appeal.kind(), null, locale));
		row.add(this.messages.getMessage("appeal.category." + appeal.category(), null, locale));
		row.add(appeal.schoolCode() == null ? ""
				: this.organization.school(appeal.schoolCode()).map(school -> school.name(locale)).orElse(""));
		row.add(this.messages.getMessage("appeal.status." + appeal.status(), null, locale));
		row.add(LocalDate.ofInstant(appeal.receivedAt(), this.clock.getZone()));
		row.add(appeal.dueOn().orElse(null));
		return row;
	}

}
