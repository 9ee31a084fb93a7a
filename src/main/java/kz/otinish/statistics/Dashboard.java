package kz.otinish.statistics;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import kz.otinish.appeal.AppealCube;
import kz.otinish.appeal.AppealCube.AnswerCount;
import kz.otinish.appeal.AppealCube.Count;
import kz.otinish.appeal.AppealCube.Dimension;
import kz.otinish.appeal.AppealFigures;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.Outcome;
import kz.otinish.identity.CurrentUser;
import kz.otinish.organization.Organization;
import kz.otinish.organization.SchoolView;
import kz.otinish.shared.NotFound;
import kz.otinish.statistics.DashboardView.Breakdown;
import kz.otinish.statistics.DashboardView.Cell;
import kz.otinish.statistics.DashboardView.Choice;
import kz.otinish.statistics.DashboardView.Figure;
import kz.otinish.statistics.DashboardView.Row;
import kz.otinish.statistics.DashboardView.SchoolRow;
import kz.otinish.statistics.DashboardView.SchoolTable;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * STAT-1: the dashboard of a period and school, computed from the case file's counts
 * ({@link AppealFigures}) and labelled in the reader's language. Every figure carries the
 * address of the list of appeals behind it, which counts the same appeals.
 */
@Service
class Dashboard {

	/** The list behind a figure. */
	static final String LIST = "/statistics/appeals";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final List<AppealStatus> NOT_DECIDED_OUTCOMES = List.of(AppealStatus.RETURNED_WITHOUT_CONSIDERATION,
			AppealStatus.NOT_CONSIDERED, AppealStatus.FORWARDED_TO_STATE_BODY, AppealStatus.TERMINATED);

	private final AppealFigures figures;

	private final Organization organization;

	private final MessageSource messages;

	private final Clock clock;

	Dashboard(AppealFigures figures, Organization organization, MessageSource messages, Clock clock) {
		this.figures = figures;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	/** Refused unless statistics are this person's to see. */
	void requireReader(CurrentUser user) {
		if (!this.figures.mayCount(user)) {
			throw new AccessDeniedException("statistics are for analysts, officials, records and deans' offices");
		}
	}

	/** The schools this reader may choose, in the organization's order. */
	List<SchoolView> schoolsOf(CurrentUser user) {
		return this.organization.schools()
			.stream()
			.filter(school -> this.figures.countsEverySchool(user) || user.servesSchool(school.code()))
			.toList();
	}

	/**
	 * The school asked for, within the reader's scope: refused as not found when it is
	 * not theirs; a reader of one school always reads their own.
	 */
	@Nullable String schoolOf(FigureParams params, CurrentUser user) {
		String asked = params.schoolCode();
		if (!this.figures.countsEverySchool(user)) {
			return user.schoolCode();
		}
		if (asked != null && !AppealFilter.NO_SCHOOL.equals(asked)
				&& schoolsOf(user).stream().noneMatch(school -> school.code().equals(asked))) {
			throw new NotFound("statistics.notFound.school");
		}
		return asked;
	}

	/** A period to choose with one click. */
	record Preset(String key, String href) {
	}

	/**
	 * This academic year, this semester and the last academic year of the school shown,
	 * as addresses of the page at {@code path}.
	 */
	List<Preset> presets(@Nullable String school, String path) {
		LocalDate today = LocalDate.now(this.clock);
		Period year = Period.academicYear(today);
		return List.of(new Preset("academicYear", FigureParams.of(year, school).href(path)),
				new Preset("semester", FigureParams.of(Period.semester(today), school).href(path)),
				new Preset("previousYear", FigureParams.of(year.previousAcademicYear(), school).href(path)));
	}

	DashboardView build(FigureParams params, CurrentUser user, Locale locale) {
		requireReader(user);
		LocalDate today = LocalDate.now(this.clock);
		Period period = params.period(today);
		String school = schoolOf(params, user);
		FigureParams base = FigureParams.of(period, school);
		AppealCube cube = this.figures.cube(base.toFilter(today), user);
		Labels labels = new Labels(locale, base);

		List<Choice> schools = schoolsOf(user).stream()
			.map(view -> new Choice(view.code(), view.name(locale), view.code().equals(school)))
			.toList();
		return new DashboardView(period, periodText(period), school, schools, headline(cube, labels),
				breakdowns(cube, labels),
				school == null && this.figures.countsEverySchool(user) ? bySchool(cube, user, labels) : null);
	}

	private List<Figure> headline(AppealCube cube, Labels labels) {
		Totals all = new Totals(cube, null);
		List<Figure> figures = new ArrayList<>();
		figures.add(labels.figure("received", all.received, null, null, Map.of()));
		figures
			.add(labels.figure("registered", all.registered, all.received, "received", Map.of("registered", "true")));
		figures
			.add(labels.figure("answered", all.answered, all.registered, "registered", Map.of("answered", "ANSWERED")));
		figures.add(labels.figure("inTime", all.inTime, all.answered, "answered", Map.of("answered", "IN_TIME")));
		figures.add(
				labels.figure("late", all.answered - all.inTime, all.answered, "answered", Map.of("answered", "LATE")));
		figures.add(labels.figure("extended", all.extended, all.registered, "registered", Map.of("extended", "true")));
		figures.add(labels.figure("overdue", all.overdue, null, null, Map.of("overdue", "true")));
		figures.add(labels.figure("repeated", all.repeated, all.received, "received", Map.of("repeated", "true")));
		figures.add(labels.figure("complaints", all.complaints, all.received, "received", Map.of("kind", "COMPLAINT")));
		figures.add(labels.figure("changed", all.changed, all.complaints, "complaints", Map.of("changed", "true")));
		figures.add(labels.figure("agreed", all.agreed, all.answered, "answered", Map.of("verdict", "AGREED")));
		figures.add(
				labels.figure("complained", all.complained, all.answered, "answered", Map.of("verdict", "COMPLAINED")));
		figures.add(labels.days("median", all.percentile(50), all.answered));
		figures.add(labels.days("p90", all.percentile(90), all.answered));
		return figures;
	}

	private List<Breakdown> breakdowns(AppealCube cube, Labels labels) {
		List<Breakdown> breakdowns = new ArrayList<>();
		breakdowns.add(labels.breakdown("kind", cube.counts(Dimension.KIND), Arrays.asList(AppealKind.values()),
				"appeal.kind.", "kind"));
		breakdowns.add(labels.breakdown("channel", cube.counts(Dimension.CHANNEL), Arrays.asList(Channel.values()),
				"appeal.channel.", "channel"));
		breakdowns.add(labels.breakdown("applicantType", cube.counts(Dimension.APPLICANT_TYPE),
				Arrays.asList(ApplicantType.values()), "appeal.applicantType.", "applicantType"));
		breakdowns.add(labels.breakdown("level", cube.counts(Dimension.LEVEL_OF_STUDY),
				Arrays.asList(LevelOfStudy.values()), "appeal.level.", "level"));
		breakdowns.add(labels.breakdown("category", cube.counts(Dimension.CATEGORY), Arrays.asList(Category.values()),
				"appeal.category.", "category"));
		breakdowns.add(bodies(cube.counts(Dimension.BODY), labels));
		breakdowns.add(outcomes(cube, labels));
		breakdowns.add(labels.breakdown("status", cube.counts(Dimension.STATUS), Arrays.asList(AppealStatus.values()),
				"appeal.status.", "status"));
		return breakdowns;
	}

	private Breakdown bodies(List<Count> counts, Labels labels) {
		Map<String, Long> byBody = new LinkedHashMap<>();
		for (Count count : counts) {
			if (count.value() != null) {
				byBody.merge((String) count.value(), count.count(), Long::sum);
			}
		}
		long total = byBody.values().stream().mapToLong(Long::longValue).sum();
		List<Row> rows = new ArrayList<>();
		byBody.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> rows.add(new Row(
					this.organization.body(entry.getKey()).map(body -> body.name(labels.locale)).orElse(entry.getKey()),
					entry.getValue(), labels.share(entry.getValue(), total),
					labels.href(Map.of("body", entry.getKey())))));
		return new Breakdown("body", labels.text("statistics.breakdown.body"), rows, total);
	}

	/** Outcomes: the protocol decisions, and the appeals closed without one. */
	private Breakdown outcomes(AppealCube cube, Labels labels) {
		Map<Object, Long> decided = sum(cube.counts(Dimension.OUTCOME), count -> true);
		Map<Object, Long> statuses = sum(cube.counts(Dimension.STATUS), count -> true);
		List<Row> rows = new ArrayList<>();
		long total = 0;
		for (Outcome outcome : Outcome.values()) {
			total += decided.getOrDefault(outcome, 0L);
		}
		for (AppealStatus status : NOT_DECIDED_OUTCOMES) {
			total += statuses.getOrDefault(status, 0L);
		}
		for (Outcome outcome : Outcome.values()) {
			long count = decided.getOrDefault(outcome, 0L);
			rows.add(new Row(labels.text("review.outcome." + outcome), count, labels.share(count, total),
					labels.href(Map.of("outcome", outcome.name()))));
		}
		for (AppealStatus status : NOT_DECIDED_OUTCOMES) {
			long count = statuses.getOrDefault(status, 0L);
			rows.add(new Row(labels.text("appeal.status." + status), count, labels.share(count, total),
					labels.href(Map.of("status", status.name()))));
		}
		return new Breakdown("outcome", labels.text("statistics.breakdown.outcome"), rows, total);
	}

	private @Nullable SchoolTable bySchool(AppealCube cube, CurrentUser user, Labels labels) {
		List<String> headings = List.of("received", "registered", "answered", "inTime", "overdue", "complaints",
				"changed");
		List<SchoolRow> rows = new ArrayList<>();
		List<@Nullable String> codes = new ArrayList<>(schoolsOf(user).stream().map(SchoolView::code).toList());
		codes.add(null);
		for (String code : codes) {
			Totals school = new Totals(cube, code == null ? AppealFilter.NO_SCHOOL : code);
			if (code == null && school.received == 0) {
				continue;
			}
			Labels of = labels.inSchool(code == null ? AppealFilter.NO_SCHOOL : code);
			List<Cell> cells = List.of(of.cell(school.received, Map.of()),
					of.cell(school.registered, Map.of("registered", "true")),
					of.cell(school.answered, Map.of("answered", "ANSWERED")),
					new Cell(labels.share(school.inTime, school.answered), of.href(Map.of("answered", "IN_TIME"))),
					of.cell(school.overdue, Map.of("overdue", "true")),
					of.cell(school.complaints, Map.of("kind", "COMPLAINT")),
					of.cell(school.changed, Map.of("changed", "true")));
			String name = code == null ? labels.text("statistics.noSchool")
					: this.organization.school(code).map(view -> view.name(labels.locale)).orElse(code);
			rows.add(new SchoolRow(name, cells));
		}
		return new SchoolTable(headings.stream().map(key -> labels.text("statistics.figure." + key)).toList(), rows);
	}

	private static Map<Object, Long> sum(List<Count> counts, Predicate<Count> which) {
		Map<Object, Long> sums = new LinkedHashMap<>();
		for (Count count : counts) {
			if (count.value() != null && which.test(count)) {
				sums.merge(count.value(), count.count(), Long::sum);
			}
		}
		return sums;
	}

	/**
	 * The headline figures of every school ({@code school} null) or one school
	 * ({@link AppealFilter#NO_SCHOOL}: the appeals without one).
	 */
	private static final class Totals {

		final long received;

		final long registered;

		final long answered;

		final long inTime;

		final long extended;

		final long overdue;

		final long repeated;

		final long complaints;

		final long changed;

		final long agreed;

		final long complained;

		private final List<AnswerCount> answers;

		Totals(AppealCube cube, @Nullable String school) {
			Predicate<@Nullable String> in = code -> school == null
					|| (AppealFilter.NO_SCHOOL.equals(school) ? code == null : school.equals(code));
			this.received = total(cube.counts(Dimension.STATUS), in, value -> true);
			this.registered = total(cube.counts(Dimension.STATUS), in, value -> value != AppealStatus.RECEIVED);
			this.answers = cube.answers().stream().filter(count -> in.test(count.schoolCode())).toList();
			this.answered = this.answers.stream().mapToLong(AnswerCount::count).sum();
			this.inTime = this.answers.stream().filter(AnswerCount::inTime).mapToLong(AnswerCount::count).sum();
			this.extended = total(cube.counts(Dimension.EXTENDED), in, Boolean.TRUE::equals);
			this.overdue = total(cube.counts(Dimension.OVERDUE), in, value -> true);
			this.repeated = total(cube.counts(Dimension.REPEATED), in, value -> true);
			this.complaints = total(cube.counts(Dimension.KIND), in, value -> value == AppealKind.COMPLAINT);
			this.changed = total(cube.counts(Dimension.COMPLAINT_OUTCOME), in,
					value -> value == Outcome.SATISFIED || value == Outcome.PARTLY_SATISFIED);
			this.agreed = total(cube.counts(Dimension.AGREED), in, Boolean.TRUE::equals);
			this.complained = total(cube.counts(Dimension.COMPLAINED), in, value -> true);
		}

		/**
		 * The working days within which this share of the answers was given (nearest
		 * rank).
		 */
		@Nullable Integer percentile(int percent) {
			if (this.answered == 0) {
				return null;
			}
			long rank = (long) Math.ceil(percent / 100.0 * this.answered);
			long seen = 0;
			List<AnswerCount> byDays = this.answers.stream()
				.sorted(java.util.Comparator.comparingInt(AnswerCount::workingDays))
				.toList();
			for (AnswerCount count : byDays) {
				seen += count.count();
				if (seen >= rank) {
					return count.workingDays();
				}
			}
			return byDays.get(byDays.size() - 1).workingDays();
		}

		private static long total(List<Count> counts, Predicate<@Nullable String> school,
				Predicate<@Nullable Object> value) {
			return counts.stream()
				.filter(count -> school.test(count.schoolCode()) && value.test(count.value()))
				.mapToLong(Count::count)
				.sum();
		}

	}

	/**
	 * Words, shares and addresses in the reader's language, for one period and school.
	 */
	private final class Labels {

		final Locale locale;

		private final FigureParams base;

		private final NumberFormat percent;

		Labels(Locale locale, FigureParams base) {
			this.locale = locale;
			this.base = base;
			this.percent = NumberFormat.getPercentInstance(locale);
			this.percent.setMaximumFractionDigits(1);
		}

		Labels inSchool(String school) {
			return new Labels(this.locale,
					FigureParams.of(this.base.period(LocalDate.now(Dashboard.this.clock)), school));
		}

		String text(String key, Object... args) {
			return Dashboard.this.messages.getMessage(key, args, this.locale);
		}

		String share(long part, long whole) {
			return whole == 0 ? "—" : this.percent.format((double) part / whole);
		}

		String href(Map<String, String> extra) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath(LIST);
			this.base.given().forEach(uri::queryParam);
			extra.forEach(uri::queryParam);
			return uri.encode().build().toUriString();
		}

		Cell cell(long value, Map<String, String> extra) {
			return new Cell(Long.toString(value), href(extra));
		}

		Figure figure(String key, long value, @Nullable Long whole, @Nullable String wholeKey,
				Map<String, String> extra) {
			return new Figure(key, text("statistics.figure." + key), value, Long.toString(value),
					whole == null ? null : share(value, whole),
					wholeKey == null ? null : text("statistics.shareOf." + wholeKey), href(extra));
		}

		Figure days(String key, @Nullable Integer days, long answered) {
			return new Figure(key, text("statistics.figure." + key), days == null ? 0 : days,
					days == null ? "—" : Integer.toString(days), null, text("statistics.workingDaysOver", answered),
					href(Map.of("answered", "ANSWERED")));
		}

		<E extends Enum<E>> Breakdown breakdown(String key, List<Count> counts, List<E> values, String prefix,
				String param) {
			Map<Object, Long> sums = sum(counts, count -> true);
			long total = values.stream().mapToLong(value -> sums.getOrDefault(value, 0L)).sum();
			List<Row> rows = values.stream()
				.map(value -> new Row(text(prefix + value.name()), sums.getOrDefault(value, 0L),
						share(sums.getOrDefault(value, 0L), total), href(Map.of(param, value.name()))))
				.toList();
			return new Breakdown(key, text("statistics.breakdown." + key), rows, total);
		}

	}

	static String periodText(Period period) {
		return DAY.format(period.from()) + " — " + DAY.format(period.to());
	}

}
