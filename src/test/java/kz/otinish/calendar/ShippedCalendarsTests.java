package kz.otinish.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped years are checked against the rules, not trusted: the holidays are exactly
 * Law 267 art. 5's, the carry-overs are recomputed from them, religious days never carry
 * over, transfers pair a weekday off with a working weekend day, and every entry cites a
 * source.
 */
class ShippedCalendarsTests {

	static CalendarYear shipped(int year) {
		return ShippedCalendars.read(year).orElseThrow().toCalendarYear();
	}

	static Set<LocalDate> dates(List<CalendarDay> days, DayKind kind) {
		return days.stream().filter(d -> d.kind() == kind).map(CalendarDay::date).collect(Collectors.toSet());
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void holidaysAreTheStatutoryList(int year) {
		List<CalendarDay> days = shipped(year).days();
		assertThat(dates(days, DayKind.HOLIDAY))
			.containsExactlyInAnyOrderElementsOf(dates(StatutoryRules.fixedHolidays(year), DayKind.HOLIDAY));
		assertThat(days).filteredOn(d -> d.holiday() == Holiday.ORTHODOX_CHRISTMAS)
			.singleElement()
			.satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(year, 1, 7)))
			.satisfies(d -> assertThat(d.kind()).isEqualTo(DayKind.RELIGIOUS_DAY_OFF));
		assertThat(days).filteredOn(d -> d.holiday() == Holiday.KURBAN_AIT)
			.singleElement()
			.satisfies(d -> assertThat(d.kind()).isEqualTo(DayKind.RELIGIOUS_DAY_OFF));
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void carryOversFollowTheRule(int year) {
		List<CalendarDay> days = shipped(year).days();
		List<CalendarDay> holidaysAndReligious = days.stream()
			.filter(d -> d.kind() == DayKind.HOLIDAY || d.kind() == DayKind.RELIGIOUS_DAY_OFF)
			.toList();
		assertThat(dates(days, DayKind.CARRY_OVER_DAY_OFF)).containsExactlyInAnyOrderElementsOf(
				dates(StatutoryRules.carryOvers(holidaysAndReligious), DayKind.CARRY_OVER_DAY_OFF));
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void transfersPairAWeekdayOffWithAWorkingWeekendDay(int year) {
		List<CalendarDay> days = shipped(year).days();
		Set<LocalDate> off = dates(days, DayKind.TRANSFERRED_DAY_OFF);
		Set<LocalDate> working = dates(days, DayKind.WORKING_WEEKEND_DAY);
		assertThat(off).hasSameSizeAs(working);
		assertThat(off).allSatisfy(d -> assertThat(CalendarDay.isWeekend(d)).isFalse());
		assertThat(working).allSatisfy(d -> assertThat(CalendarDay.isWeekend(d)).isTrue());
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void everyEntryIsInItsYearOnceAndCitesSources(int year) {
		List<CalendarDay> days = shipped(year).days();
		assertThat(days).allSatisfy(d -> {
			assertThat(d.date().getYear()).isEqualTo(year);
			assertThat(d.sources()).isNotEmpty();
			assertThat(d.name()).isNotBlank();
		});
		assertThat(days.stream().map(CalendarDay::date).distinct()).hasSameSizeAs(days);
		assertThat(ShippedCalendars.read(year).orElseThrow().sources()).isNotEmpty();
	}

	@org.junit.jupiter.api.Test
	void theKnownTransferAndStatusesOf2025To2027() {
		assertThat(shipped(2025).find(LocalDate.of(2025, 1, 3))).get()
			.satisfies(d -> assertThat(d.kind()).isEqualTo(DayKind.TRANSFERRED_DAY_OFF));
		assertThat(shipped(2025).find(LocalDate.of(2025, 1, 5))).get()
			.satisfies(d -> assertThat(d.kind()).isEqualTo(DayKind.WORKING_WEEKEND_DAY))
			.satisfies(d -> assertThat(d.date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
		assertThat(shipped(2026).find(LocalDate.of(2026, 5, 27))).get()
			.satisfies(d -> assertThat(d.status()).isEqualTo(DataStatus.ANNOUNCED));
		assertThat(shipped(2027).find(LocalDate.of(2027, 5, 16))).get()
			.satisfies(d -> assertThat(d.status()).isEqualTo(DataStatus.ESTIMATED));
		assertThat(shipped(2026).find(LocalDate.of(2026, 8, 30))).isEmpty();
		assertThat(ShippedCalendars.read(2024)).isEmpty();
	}

}
