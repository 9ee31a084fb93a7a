package kz.otinish.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** sop.md DL-1..DL-4 on the shipped calendar, with the SOP's default settings. */
class DeadlinesTests {

	static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	final Deadlines deadlines = Deadlines.of(WorkingDayCalendar.ofShippedData(), DeadlineSettings.sopDefaults(),
			Clock.system(ALMATY));

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
	}

	static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	@DisplayName("DL-1: 15 working days, receipt day not counted; 16 Dec 2026 skipped")
	void review() {
		Deadline deadline = this.deadlines.review(at("2026-11-25T10:00"));
		assertThat(deadline.kind()).isEqualTo(DeadlineKind.REVIEW);
		assertThat(deadline.startsOn()).isEqualTo(day("2026-11-25"));
		assertThat(deadline.dueOn()).isEqualTo(day("2026-12-17"));
		assertThat(deadline.rule()).startsWith("DL-1: 15 working days");
	}

	@Test
	@DisplayName("DL-1: received on Saturday -> only Saturday is left out, Monday is the first of the 15 working days")
	void receivedOnAWeekend() {
		Deadline deadline = this.deadlines.review(at("2026-02-14T11:00"));
		assertThat(deadline.startsOn()).isEqualTo(day("2026-02-16"));
		// Mon 16 Feb is day 1, Fri 6 Mar day 15 (a day before 9 Mar, Women's Day carried
		// over)
		assertThat(deadline.dueOn()).isEqualTo(day("2026-03-06"));
	}

	@Test
	@DisplayName("DL-1, DL-2, DL-3: received on Saturday 28 Nov 2026 -> review due Mon 21 Dec (not 22 Dec), cap and return a day earlier too")
	void receivedOnSaturdayBeforeIndependenceDay() {
		Instant saturday = at("2026-11-28T12:00");
		// Mon 30 Nov is day 1; 16 Dec (Independence Day) is skipped
		assertThat(this.deadlines.review(saturday).dueOn()).isEqualTo(day("2026-12-21"));
		assertThat(this.deadlines.returnWithoutConsideration(saturday).dueOn()).isEqualTo(day("2026-12-02"));
		assertThat(this.deadlines.extensionCap(saturday).dueOn()).isEqualTo(day("2027-01-14"));
		// Sunday gives the same dates as Saturday, and Monday itself one day more
		assertThat(this.deadlines.review(at("2026-11-29T23:30")).dueOn()).isEqualTo(day("2026-12-21"));
		assertThat(this.deadlines.review(at("2026-11-30T09:00")).dueOn()).isEqualTo(day("2026-12-22"));
	}

	@Test
	@DisplayName("DL-1: receipt time is read in Asia/Almaty: Friday 20:00 UTC is already Saturday 01:00")
	void receiptDayInAlmaty() {
		assertThat(this.deadlines.clockStart(Instant.parse("2026-02-13T20:00:00Z"))).isEqualTo(day("2026-02-16"));
		assertThat(this.deadlines.clockStart(Instant.parse("2026-02-13T18:59:00Z"))).isEqualTo(day("2026-02-13"));
	}

	@Test
	@DisplayName("DL-1: Kurban Ait 27 May 2026 moves the due date by one day")
	void reviewOverKurbanAit() {
		assertThat(this.deadlines.review(at("2026-05-26T09:00")).dueOn()).isEqualTo(day("2026-06-17"));
	}

	@Test
	@DisplayName("DL-2: the extension cap is 30 working days, over New Year 2027 (1-2 Jan, Mon 4 Jan carry-over, 7 Jan)")
	void extensionCap() {
		Deadline deadline = this.deadlines.extensionCap(at("2026-11-25T10:00"));
		assertThat(deadline.kind()).isEqualTo(DeadlineKind.EXTENSION_CAP);
		assertThat(deadline.dueOn()).isEqualTo(day("2027-01-12"));
	}

	@Test
	@DisplayName("DL-3: return without consideration within 3 working days, over Nauryz 2025")
	void returnWithoutConsideration() {
		Deadline deadline = this.deadlines.returnWithoutConsideration(at("2025-03-20T15:00"));
		assertThat(deadline.kind()).isEqualTo(DeadlineKind.RETURN);
		assertThat(deadline.dueOn()).isEqualTo(day("2025-03-28"));
	}

	@Test
	@DisplayName("DL-3: received on the 2025 New Year holiday -> the working Sunday 5 Jan is the first day counted")
	void returnOverTheTransfer2025() {
		Deadline deadline = this.deadlines.returnWithoutConsideration(at("2025-01-02T12:00"));
		assertThat(deadline.startsOn()).isEqualTo(day("2025-01-05"));
		// 5 Jan day 1, 6 Jan day 2, 7 Jan (Orthodox Christmas) off, 8 Jan day 3
		assertThat(deadline.dueOn()).isEqualTo(day("2025-01-08"));
	}

	@Test
	@DisplayName("DL-4: 3 calendar months; 30 Nov + 3 months is the last day of February")
	void complaintWindow() {
		assertThat(this.deadlines.complaintWindow(day("2025-11-30")).dueOn()).isEqualTo(day("2026-02-28"));
		assertThat(this.deadlines.complaintWindow(day("2027-11-30")).dueOn()).isEqualTo(day("2028-02-29"));
		assertThat(this.deadlines.complaintWindow(day("2026-01-31")).dueOn()).isEqualTo(day("2026-04-30"));
		assertThat(this.deadlines.complaintWindow(day("2026-03-10")).dueOn()).isEqualTo(day("2026-06-10"));
		assertThat(this.deadlines.complaintWindow(day("2026-03-10")).kind()).isEqualTo(DeadlineKind.COMPLAINT_WINDOW);
	}

	@Test
	@DisplayName("DL-1 with the receipt day counted (a setting, as the Code may require)")
	void receiptDayCounted() {
		Deadlines counted = Deadlines.of(WorkingDayCalendar.ofShippedData(), new DeadlineSettings(15, 30, 3, 3, true),
				Clock.system(ALMATY));
		assertThat(counted.review(at("2026-11-25T10:00")).dueOn()).isEqualTo(day("2026-12-15"));
	}

}
