package kz.otinish.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.AuditedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * STAT-1: the dean's written analysis of a school's work with appeals in a period, for
 * the school council. Written by the school's dean or dean's office; each save audited.
 */
@Component
class SchoolAnalyses {

	/** The longest analysis kept. */
	static final int MAX_LENGTH = 20_000;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SchoolAnalyses(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The analysis as written, with who wrote it last and when. */
	record Analysis(UUID id, String text, String writtenBy, Instant writtenAt) {
	}

	/** May this person write the analysis of this school? */
	static boolean canWrite(CurrentUser user, String school) {
		return (user.is(kz.otinish.identity.Role.DEAN) || user.is(kz.otinish.identity.Role.DEANS_OFFICE))
				&& user.servesSchool(school);
	}

	Optional<Analysis> find(String school, Period period) {
		return this.jdbc.sql("""
				select id, analysis, written_by, written_at from statistics_analysis
				where school_code = ? and period_from = ? and period_to = ?""")
			.params(school, period.from(), period.to())
			.query((rs, row) -> new Analysis(rs.getObject("id", UUID.class), rs.getString("analysis"),
					rs.getString("written_by"), rs.getTimestamp("written_at").toInstant()))
			.optional();
	}

	/** Keeps the analysis (replacing an earlier text of the same school and period). */
	@Transactional
	Analysis write(String school, Period period, String text, CurrentUser user) {
		if (!canWrite(user, school)) {
			throw new AccessDeniedException("the analysis is the school's dean's or dean's office's to write");
		}
		Instant now = this.clock.instant();
		String kept = text.strip();
		Optional<Analysis> earlier = find(school, period);
		UUID id = earlier.map(Analysis::id).orElseGet(UUID::randomUUID);
		if (earlier.isPresent()) {
			this.jdbc.sql("update statistics_analysis set analysis = ?, written_by = ?, written_at = ? where id = ?")
				.params(kept, user.fullName(), java.sql.Timestamp.from(now), id)
				.update();
		}
		else {
			this.jdbc.sql("""
					insert into statistics_analysis (id, school_code, period_from, period_to, analysis, written_by,
					written_at) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, school, period.from(), period.to(), kept, user.fullName(), java.sql.Timestamp.from(now))
				.update();
		}
		this.events.publishEvent(new AnalysisWritten(id, school, Dashboard.periodText(period), now));
		return new Analysis(id, kept, user.fullName(), now);
	}

	/** The analysis of a school's period was written or rewritten (audited). */
	record AnalysisWritten(UUID subjectId, String school, String period, Instant at) implements AuditedChange {

		@Override
		public String subjectType() {
			return "STATISTICS_ANALYSIS";
		}

		@Override
		public String action() {
			return "ANALYSIS_WRITTEN";
		}

		@Override
		public String statusBefore() {
			return null;
		}

		@Override
		public String statusAfter() {
			return null;
		}

		@Override
		public String detail() {
			return this.school + ", " + this.period;
		}

	}

}
