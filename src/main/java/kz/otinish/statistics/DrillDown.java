package kz.otinish.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFigures;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.Registration;
import kz.otinish.identity.CurrentUser;
import kz.otinish.organization.Organization;
import kz.otinish.shared.Paging;
import kz.otinish.statistics.DrillDownView.Line;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;

/**
 * STAT-1: the list behind a figure. The same filter and scope as the figure
 * ({@link AppealFigures}), so its count is the figure; the appeals' particulars that are
 * not personal, and the number (a link) only where the reader may open the appeal.
 */
@Service
class DrillDown {

	static final int PAGE_SIZE = 25;

	/** The most rows a download holds. */
	static final int EXPORT_LIMIT = 100_000;

	private static final int EXPORT_BATCH = 1_000;

	private final AppealFigures figures;

	private final Dashboard dashboard;

	private final Organization organization;

	private final MessageSource messages;

	private final Clock clock;

	DrillDown(AppealFigures figures, Dashboard dashboard, Organization organization, MessageSource messages,
			Clock clock) {
		this.figures = figures;
		this.dashboard = dashboard;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	DrillDownView page(FigureParams asked, int page, CurrentUser user, Locale locale) {
		FigureParams params = scoped(asked, user);
		AppealFilter filter = params.toFilter(LocalDate.now(this.clock));
		Slice<Appeal> slice = this.figures.list(filter, Paging.of(page, PAGE_SIZE), user);
		List<Line> rows = lines(slice, user, locale);
		Period period = params.period(LocalDate.now(this.clock));
		return new DrillDownView(criteria(params, period, locale), this.figures.count(filter, user), rows,
				slice.getNumber(), slice.hasPrevious(), slice.hasNext(), params.href(Dashboard.LIST),
				FigureParams.of(period, params.schoolCode()).href("/statistics"), params.href(Dashboard.LIST + ".csv"),
				params.href(Dashboard.LIST + ".xlsx"));
	}

	/** Every appeal behind the figure, up to {@link #EXPORT_LIMIT}, for a download. */
	List<Line> all(FigureParams asked, CurrentUser user, Locale locale) {
		FigureParams params = scoped(asked, user);
		AppealFilter filter = params.toFilter(LocalDate.now(this.clock));
		List<Line> all = new ArrayList<>();
		Slice<Appeal> slice = this.figures.list(filter, Paging.of(0, EXPORT_BATCH), user);
		all.addAll(lines(slice, user, locale));
		while (slice.hasNext() && all.size() < EXPORT_LIMIT) {
			slice = this.figures.list(filter, slice.nextPageable(), user);
			all.addAll(lines(slice, user, locale));
		}
		return all.size() > EXPORT_LIMIT ? all.subList(0, EXPORT_LIMIT) : all;
	}

	/**
	 * The school of the figure within the reader's scope (their own, for one school's
	 * reader).
	 */
	private FigureParams scoped(FigureParams asked, CurrentUser user) {
		this.dashboard.requireReader(user);
		return asked.withSchool(this.dashboard.schoolOf(asked, user));
	}

	private List<Line> lines(Slice<Appeal> slice, CurrentUser user, Locale locale) {
		java.util.Set<java.util.UUID> openable = this.figures.openable(user, slice.getContent());
		return slice.getContent().stream().map(appeal -> line(appeal, openable.contains(appeal.id()), locale)).toList();
	}

	private Line line(Appeal appeal, boolean opens, Locale locale) {
		String school = appeal.schoolCode() == null ? text("statistics.noSchool", locale)
				: this.organization.school(appeal.schoolCode()).map(view -> view.name(locale)).orElse("");
		return new Line(opens ? appeal.id() : null,
				opens ? appeal.registration().map(Registration::number).orElse(null) : null,
				text("appeal.kind." + appeal.kind(), locale), text("appeal.category." + appeal.category(), locale),
				school, text("appeal.status." + appeal.status(), locale),
				LocalDate.ofInstant(appeal.receivedAt(), this.clock.getZone()), appeal.dueOn().orElse(null),
				appeal.answeredOn().orElse(null));
	}

	/** What the figure counts, in words: one phrase per condition. */
	private List<String> criteria(FigureParams params, Period period, Locale locale) {
		List<String> criteria = new ArrayList<>();
		criteria.add(text("statistics.criterion.period", locale, Dashboard.periodText(period)));
		String school = params.schoolCode();
		if (AppealFilter.NO_SCHOOL.equals(school)) {
			criteria.add(text("statistics.noSchool", locale));
		}
		else if (school != null) {
			criteria.add(text("statistics.criterion.school", locale,
					this.organization.school(school).map(view -> view.name(locale)).orElse(school)));
		}
		value(criteria, "status", "appeal.status.", params.status(), locale);
		value(criteria, "kind", "appeal.kind.", params.kind(), locale);
		value(criteria, "channel", "appeal.channel.", params.channel(), locale);
		value(criteria, "category", "appeal.category.", params.category(), locale);
		value(criteria, "applicantType", "appeal.applicantType.", params.applicantType(), locale);
		value(criteria, "level", "appeal.level.", params.level(), locale);
		value(criteria, "outcome", "review.outcome.", params.outcome(), locale);
		if (params.body() != null) {
			criteria.add(text("statistics.criterion.body", locale,
					this.organization.body(params.body()).map(body -> body.name(locale)).orElse(params.body())));
		}
		flag(criteria, "registered", params.registered(), locale);
		flag(criteria, "repeated", params.repeated(), locale);
		flag(criteria, "extended", params.extended(), locale);
		flag(criteria, "overdue", params.overdue(), locale);
		flag(criteria, "changed", params.changed(), locale);
		if (params.answered() != null) {
			criteria.add(text("statistics.criterion.answered." + params.answered(), locale));
		}
		if (params.verdict() != null) {
			criteria.add(text("statistics.criterion.verdict." + params.verdict(), locale));
		}
		return criteria;
	}

	private void value(List<String> criteria, String name, String prefix,
			@org.jspecify.annotations.Nullable Enum<?> value, Locale locale) {
		if (value != null) {
			criteria.add(text("statistics.criterion." + name, locale, text(prefix + value.name(), locale)));
		}
	}

	private void flag(List<String> criteria, String name, @org.jspecify.annotations.Nullable Boolean value,
			Locale locale) {
		if (Boolean.TRUE.equals(value)) {
			criteria.add(text("statistics.criterion." + name, locale));
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
