package kz.otinish.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.otinish.appeal.AppealFigures;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.identity.CurrentUser;
import kz.otinish.organization.Organization;
import kz.otinish.organization.SchoolView;
import kz.otinish.review.ActionView;
import kz.otinish.review.Reviews;
import kz.otinish.shared.NotFound;
import kz.otinish.statistics.DashboardView.Breakdown;
import kz.otinish.statistics.DashboardView.Figure;
import kz.otinish.statistics.DashboardView.Row;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * STAT-1: the school council's report (a school's semester or year: the dashboard's
 * figures, the top categories, the measures and recommendations of REV-8..REV-10 with
 * their status, the dean's written analysis) and the university's report for the
 * accreditation self-assessment (the schools side by side).
 */
@Service
class Reports {

	private static final int TOP_CATEGORIES = 5;

	private final Dashboard dashboard;

	private final AppealFigures figures;

	private final Reviews reviews;

	private final SchoolAnalyses analyses;

	private final Organization organization;

	private final MessageSource messages;

	private final Clock clock;

	Reports(Dashboard dashboard, AppealFigures figures, Reviews reviews, SchoolAnalyses analyses,
			Organization organization, MessageSource messages, Clock clock) {
		this.dashboard = dashboard;
		this.figures = figures;
		this.reviews = reviews;
		this.analyses = analyses;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	/** The council's report as shown, printed and exported. */
	record CouncilReport(String school, String schoolCode, DashboardView figures, List<Row> topCategories,
			List<ActionLine> actions, long actionsOpen, long actionsOverdue, SchoolAnalyses.@Nullable Analysis analysis,
			boolean canWrite, String generatedOn) {
	}

	/** A measure or recommendation of a decision, and where it stands. */
	record ActionLine(String appeal, String kind, String text, String responsible, LocalDate dueOn, String status,
			boolean done, boolean overdue) {
	}

	/** The accreditation report: one row per school, the columns its figures. */
	record AccreditationReport(Period period, String periodText, List<String> headings, List<SchoolLine> rows,
			String generatedOn) {
	}

	/** A school's figures, in the headings' order. */
	record SchoolLine(String school, List<String> cells) {
	}

	/**
	 * The report of one school: a reader of one school gets their own; a reader of every
	 * school must choose one.
	 */
	@Transactional(readOnly = true)
	CouncilReport council(FigureParams params, CurrentUser user, Locale locale) {
		this.dashboard.requireReader(user);
		String school = this.dashboard.schoolOf(params, user);
		if (school == null || AppealFilter.NO_SCHOOL.equals(school)) {
			throw new NotFound("statistics.council.chooseSchool");
		}
		LocalDate today = LocalDate.now(this.clock);
		Period period = params.period(today);
		DashboardView view = this.dashboard.build(FigureParams.of(period, school), user, locale);
		List<Row> top = view.breakdowns()
			.stream()
			.filter(breakdown -> breakdown.key().equals("category"))
			.findFirst()
			.map(Breakdown::rows)
			.orElse(List.of())
			.stream()
			.filter(row -> row.count() > 0)
			.sorted(Comparator.comparingLong(Row::count).reversed())
			.limit(TOP_CATEGORIES)
			.toList();
		Map<UUID, String> numbers = this.figures.decidedNumbers(FigureParams.of(period, school).toFilter(today), user);
		List<ActionLine> actions = new ArrayList<>();
		for (ActionView action : this.reviews.actionsOf(numbers.keySet())) {
			boolean overdue = !action.done() && action.dueOn().isBefore(today);
			String status = action.done() ? text("statistics.council.done", locale, day(action.doneAt(), locale))
					: overdue ? text("statistics.council.overdue", locale) : text("statistics.council.open", locale);
			actions.add(new ActionLine(numbers.getOrDefault(action.appealId(), "—"),
					text("statistics.council.kind." + action.kind(), locale), action.text(), action.responsible(),
					action.dueOn(), status, action.done(), overdue));
		}
		String name = this.organization.school(school).map(view1 -> view1.name(locale)).orElse(school);
		return new CouncilReport(name, school, view, top, actions, actions.stream().filter(a -> !a.done()).count(),
				actions.stream().filter(ActionLine::overdue).count(), this.analyses.find(school, period).orElse(null),
				SchoolAnalyses.canWrite(user, school), day(today));
	}

	/** The schools side by side: intake, outcomes, timeliness, repeats and reversals. */
	@Transactional(readOnly = true)
	AccreditationReport accreditation(FigureParams params, CurrentUser user, Locale locale) {
		this.dashboard.requireReader(user);
		LocalDate today = LocalDate.now(this.clock);
		Period period = params.period(today);
		List<String> keys = List.of("received", "channel.PORTAL", "channel.EMAIL", "channel.PAPER",
				"channel.RECTOR_BLOG", "outcome.SATISFIED", "outcome.PARTLY_SATISFIED", "outcome.EXPLAINED",
				"outcome.NOT_SATISFIED", "returned", "inTimeRate", "repeatRate", "complaints", "reversalRate");
		List<String> headings = keys.stream().map(key -> text("statistics.accreditation." + key, locale)).toList();
		List<SchoolLine> rows = new ArrayList<>();
		for (SchoolView school : this.dashboard.schoolsOf(user)) {
			DashboardView view = this.dashboard.build(FigureParams.of(period, school.code()), user, locale);
			rows.add(new SchoolLine(school.name(locale), keys.stream().map(key -> cell(view, key)).toList()));
		}
		return new AccreditationReport(period, Dashboard.periodText(period), headings, rows, day(today));
	}

	private static String cell(DashboardView view, String key) {
		Map<String, Figure> headline = view.headline()
			.stream()
			.collect(Collectors.toMap(Figure::key, Function.identity()));
		return switch (key) {
			case "received" -> headline.get("received").text();
			case "inTimeRate" -> share(headline.get("inTime"));
			case "repeatRate" -> share(headline.get("repeated"));
			case "complaints" -> headline.get("complaints").text();
			case "reversalRate" -> share(headline.get("changed"));
			case "returned" -> rowCount(view, "outcome", 4);
			default -> {
				String[] parts = key.split("\\.");
				int index = parts[0].equals("channel") ? kz.otinish.appeal.Channel.valueOf(parts[1]).ordinal()
						: kz.otinish.appeal.Outcome.valueOf(parts[1]).ordinal();
				yield rowCount(view, parts[0], index);
			}
		};
	}

	private static String share(Figure figure) {
		return figure.share() == null ? "—" : figure.share();
	}

	private static String rowCount(DashboardView view, String breakdown, int index) {
		return view.breakdowns()
			.stream()
			.filter(b -> b.key().equals(breakdown))
			.findFirst()
			.map(b -> Long.toString(b.rows().get(index).count()))
			.orElse("0");
	}

	private String day(java.time.@Nullable Instant at, Locale locale) {
		return at == null ? "" : day(LocalDate.ofInstant(at, this.clock.getZone()));
	}

	private static String day(LocalDate day) {
		return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
