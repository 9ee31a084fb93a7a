package kz.otinish.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Working-day arithmetic on the shipped 2025-2027 data, with real dates pinned. */
class WorkingDayCalendarTests {

	final WorkingDayCalendar calendar = WorkingDayCalendar.ofShippedData();

	static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	@DisplayName("New Year: 31 Dec 2025 -> 1-2 Jan 2026 off (no transfer), 7 Jan Orthodox Christmas off")
	void aroundNewYear2026() {
		assertThat(this.calendar.isWorkingDay(day("2025-12-31"))).isTrue();
		assertThat(this.calendar.isWorkingDay(day("2026-01-01"))).isFalse();
		assertThat(this.calendar.isWorkingDay(day("2026-01-02"))).isFalse();
		assertThat(this.calendar.isWorkingDay(day("2026-01-05"))).isTrue();
		assertThat(this.calendar.isWorkingDay(day("2026-01-07"))).isFalse();
		assertThat(this.calendar.addWorkingDays(day("2025-12-31"), 1)).isEqualTo(day("2026-01-05"));
		assertThat(this.calendar.addWorkingDays(day("2025-12-31"), 3)).isEqualTo(day("2026-01-08"));
		assertThat(this.calendar.firstWorkingDayOnOrAfter(day("2026-01-01"))).isEqualTo(day("2026-01-05"));
		assertThat(this.calendar.workingDaysBetween(day("2025-12-31"), day("2026-01-09"))).isEqualTo(4);
		assertThat(this.calendar.workingDaysBetween(day("2026-01-09"), day("2025-12-31"))).isEqualTo(-4);
	}

	@Test
	@DisplayName("2025 transfer: Fri 3 Jan off, Sun 5 Jan a working day")
	void transfer2025() {
		assertThat(this.calendar.isWorkingDay(day("2025-01-03"))).isFalse();
		assertThat(this.calendar.isWorkingDay(day("2025-01-04"))).isFalse();
		assertThat(this.calendar.isWorkingDay(day("2025-01-05"))).isTrue();
		assertThat(this.calendar.addWorkingDays(day("2024-12-31"), 1)).isEqualTo(day("2025-01-05"));
		assertThat(this.calendar.addWorkingDays(day("2025-01-05"), 2)).isEqualTo(day("2025-01-08"));
	}

	@Test
	@DisplayName("Nauryz 2025: 21 Mar Fri, 22-23 on the weekend -> Mon 24 and Tue 25 off; 8 Mar Sat -> Mon 10 off")
	void nauryz2025() {
		for (String off : new String[] { "2025-03-10", "2025-03-21", "2025-03-24", "2025-03-25" }) {
			assertThat(this.calendar.isWorkingDay(day(off))).as(off).isFalse();
		}
		assertThat(this.calendar.addWorkingDays(day("2025-03-20"), 1)).isEqualTo(day("2025-03-26"));
	}

	@Test
	@DisplayName("Nauryz 2026: 21-22 Mar on the weekend, 23 Mon -> Tue 24 and Wed 25 off; 8 Mar Sun -> Mon 9 off")
	void nauryz2026() {
		for (String off : new String[] { "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25" }) {
			assertThat(this.calendar.isWorkingDay(day(off))).as(off).isFalse();
		}
		assertThat(this.calendar.isWorkingDay(day("2026-03-26"))).isTrue();
		assertThat(this.calendar.addWorkingDays(day("2026-03-20"), 1)).isEqualTo(day("2026-03-26"));
	}

	@Test
	@DisplayName("1 and 7 May 2025 off, 2 and 8 May working, 9 May off")
	void may2025() {
		assertThat(this.calendar.isWorkingDay(day("2025-05-01"))).isFalse();
		assertThat(this.calendar.isWorkingDay(day("2025-05-02"))).isTrue();
		assertThat(this.calendar.isWorkingDay(day("2025-05-07"))).isFalse();
		assertThat(this.calendar.isWorkingDay(day("2025-05-08"))).isTrue();
		assertThat(this.calendar.workingDaysBetween(day("2025-04-30"), day("2025-05-11"))).isEqualTo(4);
		// 2026: 9 May is a Saturday, Monday 11 May is off
		assertThat(this.calendar.isWorkingDay(day("2026-05-11"))).isFalse();
	}

	@Test
	@DisplayName("Republic Day 25 Oct 2025 is a Saturday: Monday 27 Oct is off")
	void republicDay2025() {
		assertThat(this.calendar.isWorkingDay(day("2025-10-27"))).isFalse();
		assertThat(this.calendar.addWorkingDays(day("2025-10-24"), 1)).isEqualTo(day("2025-10-28"));
	}

	@Test
	@DisplayName("Independence Day 16 Dec 2025 (Tue) off, one day only")
	void independenceDay2025() {
		assertThat(this.calendar.isWorkingDay(day("2025-12-16"))).isFalse();
		assertThat(this.calendar.isWorkingDay(day("2025-12-17"))).isTrue();
		assertThat(this.calendar.addWorkingDays(day("2025-12-15"), 1)).isEqualTo(day("2025-12-17"));
	}

	@Test
	@DisplayName("Kurban Ait 2026: Wednesday 27 May off, not carried over")
	void kurbanAit2026() {
		assertThat(this.calendar.isWorkingDay(day("2026-05-27"))).isFalse();
		assertThat(this.calendar.isWorkingDay(day("2026-05-28"))).isTrue();
	}

	@Test
	@DisplayName("Constitution Day: 30 Aug 2025 (Sat -> Mon 1 Sep off), none in 2026, 15 Mar from 2027")
	void constitutionDay() {
		assertThat(this.calendar.isWorkingDay(day("2025-09-01"))).isFalse();
		assertThat(this.calendar.isWorkingDay(day("2026-08-31"))).isTrue();
		assertThat(this.calendar.isWorkingDay(day("2027-03-15"))).isFalse();
	}

	@Test
	@DisplayName("A year without data follows the statutory rules: 2028 New Year on Sat-Sun -> Mon 3 and Tue 4 Jan off")
	void statutoryFallback() {
		assertThat(this.calendar.coverage(2026)).isEqualTo(Coverage.DATA);
		assertThat(this.calendar.coverage(2028)).isEqualTo(Coverage.STATUTORY_FALLBACK);
		assertThat(this.calendar.firstWorkingDayOnOrAfter(day("2028-01-01"))).isEqualTo(day("2028-01-05"));
		// 2031: 8 and 15 Mar on Saturdays -> Mon 10 and Mon 17 off; Nauryz Fri-Sun -> Mon
		// 24, Tue 25
		for (String off : new String[] { "2031-03-10", "2031-03-17", "2031-03-21", "2031-03-24", "2031-03-25" }) {
			assertThat(this.calendar.isWorkingDay(day(off))).as(off).isFalse();
		}
		assertThat(this.calendar.isWorkingDay(day("2031-03-26"))).isTrue();
		assertThat(this.calendar.year(2031).days()).noneMatch(d -> d.holiday() == Holiday.KURBAN_AIT);
	}

	@Test
	void negativeCountIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.calendar.addWorkingDays(day("2026-01-05"), -1));
	}

	@Test
	@DisplayName("DL-1: the working days between two dates, counted without walking them, equal the day-by-day count over 2024-2028 (holidays, transfers, weekends worked, years crossed)")
	void workingDaysBetweenEqualsTheDayByDayCount() {
		java.util.Random random = new java.util.Random(2026);
		LocalDate first = day("2024-01-01");
		for (int pair = 0; pair < 2000; pair++) {
			LocalDate from = first.plusDays(random.nextInt(5 * 366));
			LocalDate to = from.plusDays(random.nextInt(400) - 30);
			int walked = 0;
			for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
				if (this.calendar.isWorkingDay(d)) {
					walked++;
				}
			}
			for (LocalDate d = to.plusDays(1); !d.isAfter(from); d = d.plusDays(1)) {
				if (this.calendar.isWorkingDay(d)) {
					walked--;
				}
			}
			assertThat(this.calendar.workingDaysBetween(from, to)).as("%s .. %s", from, to).isEqualTo(walked);
		}
	}

}
