package kz.otinish.statistics;

import java.time.LocalDate;
import java.time.Month;

/**
 * The days whose appeals a report counts, by day of receipt, both included (STAT-1: the
 * school council's work plan runs by academic year and semester).
 */
record Period(LocalDate from, LocalDate to) {

	Period {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period ends before it begins");
		}
	}

	/** The academic year that holds the day: 1 September to 31 August. */
	static Period academicYear(LocalDate day) {
		int start = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
		return new Period(LocalDate.of(start, Month.SEPTEMBER, 1), LocalDate.of(start + 1, Month.AUGUST, 31));
	}

	/**
	 * The semester that holds the day: autumn from 1 September to 31 January, spring from
	 * 1 February to 31 August (with its summer session).
	 */
	static Period semester(LocalDate day) {
		if (day.getMonthValue() >= Month.SEPTEMBER.getValue()) {
			return new Period(LocalDate.of(day.getYear(), Month.SEPTEMBER, 1),
					LocalDate.of(day.getYear() + 1, Month.JANUARY, 31));
		}
		if (day.getMonth() == Month.JANUARY) {
			return new Period(LocalDate.of(day.getYear() - 1, Month.SEPTEMBER, 1),
					LocalDate.of(day.getYear(), Month.JANUARY, 31));
		}
		return new Period(LocalDate.of(day.getYear(), Month.FEBRUARY, 1),
				LocalDate.of(day.getYear(), Month.AUGUST, 31));
	}

	/** The calendar year that holds the day. */
	static Period calendarYear(LocalDate day) {
		return new Period(LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31));
	}

	/** The period before this one, of the same kind. */
	Period previousAcademicYear() {
		return academicYear(this.from.minusDays(1));
	}

}
