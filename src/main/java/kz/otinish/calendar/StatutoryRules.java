package kz.otinish.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The statutory rules, without any government order: the fixed-date holidays of Law 267
 * art. 5, 7 January (Labour Code art. 84 p. 5) and the weekend carry-over. Used for a
 * year without data, to seed a new year, and to check shipped data.
 */
final class StatutoryRules {

	static final String LAW_267 = "Law No. 267 of 13.12.2001 'On holidays in the Republic of Kazakhstan', art. 5";

	static final String LABOUR_CODE_84 = "Labour Code of the Republic of Kazakhstan, art. 84 p. 5";

	/**
	 * The year Constitution Day moved from 30 August to 15 March (new Constitution of
	 * 2026).
	 */
	static final int CONSTITUTION_DAY_MOVED = 2027;

	private StatutoryRules() {
	}

	/**
	 * The fixed-date holidays of a year (Kurban Ait is lunar and therefore never among
	 * them), and 7 January as a religious day off.
	 */
	static List<CalendarDay> fixedHolidays(int year) {
		List<CalendarDay> days = new ArrayList<>();
		holiday(days, year, "01-01", Holiday.NEW_YEAR);
		holiday(days, year, "01-02", Holiday.NEW_YEAR);
		days.add(new CalendarDay(LocalDate.of(year, 1, 7), DayKind.RELIGIOUS_DAY_OFF, Holiday.ORTHODOX_CHRISTMAS,
				"Orthodox Christmas", DataStatus.RULE_DERIVED, List.of(LABOUR_CODE_84), null));
		holiday(days, year, "03-08", Holiday.WOMENS_DAY);
		if (year >= CONSTITUTION_DAY_MOVED) {
			holiday(days, year, "03-15", Holiday.CONSTITUTION_DAY);
		}
		holiday(days, year, "03-21", Holiday.NAURYZ);
		holiday(days, year, "03-22", Holiday.NAURYZ);
		holiday(days, year, "03-23", Holiday.NAURYZ);
		holiday(days, year, "05-01", Holiday.UNITY_DAY);
		holiday(days, year, "05-07", Holiday.DEFENDER_DAY);
		holiday(days, year, "05-09", Holiday.VICTORY_DAY);
		holiday(days, year, "07-06", Holiday.CAPITAL_DAY);
		if (year < CONSTITUTION_DAY_MOVED - 1) {
			// 2026 has no Constitution Day at all: the old date was dropped, the new one
			// starts in 2027
			holiday(days, year, "08-30", Holiday.CONSTITUTION_DAY);
		}
		holiday(days, year, "10-25", Holiday.REPUBLIC_DAY);
		holiday(days, year, "12-16", Holiday.INDEPENDENCE_DAY);
		return days;
	}

	/**
	 * Law 267 art. 5: a holiday on a Saturday or Sunday makes the next working day a day
	 * off. Religious days off never carry over. "Next working day" skips weekends, other
	 * days off and days already taken by an earlier carry-over (Nauryz 21-23 March on
	 * Sat-Sun-Mon gives Tue and Wed).
	 * @param days the year's holidays and religious days off (others are ignored)
	 */
	static List<CalendarDay> carryOvers(List<CalendarDay> days) {
		Set<LocalDate> off = new HashSet<>();
		days.stream().filter(day -> !day.kind().isWorking()).forEach(day -> off.add(day.date()));
		List<CalendarDay> carried = new ArrayList<>();
		days.stream()
			.filter(day -> day.kind() == DayKind.HOLIDAY && day.onWeekend())
			.sorted(Comparator.comparing(CalendarDay::date))
			.forEach(day -> {
				LocalDate next = day.date().plusDays(1);
				while (CalendarDay.isWeekend(next) || off.contains(next)) {
					next = next.plusDays(1);
				}
				off.add(next);
				carried.add(new CalendarDay(next, DayKind.CARRY_OVER_DAY_OFF, day.holiday(),
						day.name() + " (carried over from " + day.date() + ")", DataStatus.RULE_DERIVED,
						List.of(LAW_267), null));
			});
		return carried;
	}

	/** A year with no data: fixed-date holidays and their carry-overs, nothing else. */
	static CalendarYear fallback(int year) {
		List<CalendarDay> holidays = fixedHolidays(year);
		return new CalendarYear(year, Coverage.STATUTORY_FALLBACK,
				Stream.concat(holidays.stream(), carryOvers(holidays).stream()).toList());
	}

	private static void holiday(List<CalendarDay> days, int year, String monthDay, Holiday holiday) {
		days.add(new CalendarDay(MonthDay.parse("--" + monthDay).atYear(year), DayKind.HOLIDAY, holiday, holiday.name(),
				DataStatus.RULE_DERIVED, List.of(LAW_267), null));
	}

}
