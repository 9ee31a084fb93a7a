package kz.otinish.appeal;

import java.time.Clock;
import java.time.LocalDate;

import kz.otinish.calendar.CalendarDependents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open appeals whose review period runs over a calendar day, for the administrator
 * about to change that day: counted in the database (status and due date are indexed).
 */
@Component
class OpenPeriods implements CalendarDependents {

	private final JdbcClient jdbc;

	private final Clock clock;

	OpenPeriods(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public long openAppealsSpanning(LocalDate day) {
		return this.jdbc
			.sql("select count(*) from appeal where status in (:open) and received_at < :dayStarts"
					+ " and review_due_on >= :day")
			.param("open", AppealStatus.OPEN.stream().map(Enum::name).toList())
			.param("dayStarts", day.atStartOfDay(this.clock.getZone()).toOffsetDateTime())
			.param("day", day)
			.query(Long.class)
			.single();
	}

}
