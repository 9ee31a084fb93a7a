package kz.otinish.statistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.Outcome;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A figure's filter as it travels in the address (STAT-1: the dashboard's period and
 * school and, behind a figure, the one value it counts), so that every view is a link
 * that can be kept and shared.
 */
record FigureParams(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable String school,
		@Nullable AppealStatus status, @Nullable AppealKind kind, @Nullable Channel channel,
		@Nullable Category category, @Nullable ApplicantType applicantType, @Nullable LevelOfStudy level,
		@Nullable String body, @Nullable Outcome outcome, @Nullable Boolean registered, @Nullable Boolean repeated,
		@Nullable Boolean extended, @Nullable Boolean overdue, AppealFilter.@Nullable Timeliness answered,
		AppealFilter.@Nullable VerdictFilter verdict, @Nullable Boolean changed) {

	/** The period given, or the academic year of today when none is. */
	Period period(LocalDate today) {
		Period year = Period.academicYear(today);
		LocalDate start = this.from != null ? this.from : year.from();
		LocalDate end = this.to != null ? this.to : year.to();
		return end.isBefore(start) ? new Period(end, start) : new Period(start, end);
	}

	/** The school chosen; blank means every school in the reader's scope. */
	@Nullable String schoolCode() {
		return this.school == null || this.school.isBlank() ? null : this.school.strip();
	}

	AppealFilter toFilter(LocalDate today) {
		Period period = period(today);
		return new AppealFilter(this.status, this.kind, schoolCode(), this.channel, this.category, this.applicantType,
				this.level, this.body, this.outcome, period.from(), period.to(), this.registered, this.repeated,
				this.extended, this.overdue, this.answered, this.verdict, this.changed, null);
	}

	/** The parameters given, in a stable order, without the empty ones. */
	Map<String, String> given() {
		Map<String, String> given = new LinkedHashMap<>();
		put(given, "from", this.from);
		put(given, "to", this.to);
		put(given, "school", schoolCode());
		put(given, "status", this.status);
		put(given, "kind", this.kind);
		put(given, "channel", this.channel);
		put(given, "category", this.category);
		put(given, "applicantType", this.applicantType);
		put(given, "level", this.level);
		put(given, "body", this.body);
		put(given, "outcome", this.outcome);
		put(given, "registered", this.registered);
		put(given, "repeated", this.repeated);
		put(given, "extended", this.extended);
		put(given, "overdue", this.overdue);
		put(given, "answered", this.answered);
		put(given, "verdict", this.verdict);
		put(given, "changed", this.changed);
		return given;
	}

	/** The address of {@code path} with these parameters. */
	String href(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		given().forEach(uri::queryParam);
		return uri.encode().build().toUriString();
	}

	/** The same figure of another school. */
	FigureParams withSchool(@Nullable String code) {
		return new FigureParams(this.from, this.to, code, this.status, this.kind, this.channel, this.category,
				this.applicantType, this.level, this.body, this.outcome, this.registered, this.repeated, this.extended,
				this.overdue, this.answered, this.verdict, this.changed);
	}

	/** Only the period and school: what the dashboard itself was asked for. */
	static FigureParams of(Period period, @Nullable String school) {
		return new FigureParams(period.from(), period.to(), school, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
	}

	private static void put(Map<String, String> given, String name, @Nullable Object value) {
		if (value != null) {
			given.put(name, value instanceof Enum<?> constant ? constant.name() : value.toString());
		}
	}

}
