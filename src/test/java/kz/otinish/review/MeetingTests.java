package kz.otinish.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTests {

	static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

	static final UUID FIRST = UUID.randomUUID();

	static final UUID SECOND = UUID.randomUUID();

	static final List<AttendanceView> MEMBERS = List.of(new AttendanceView("Chair", "CHAIR", "chair", true),
			new AttendanceView("Secretary", "SECRETARY", "sec", true));

	static Meeting scheduled() {
		return Meeting.schedule("GM1-EPC", "GM1", LocalDate.of(2026, 12, 10), () -> 3, List.of(FIRST),
				Set.of(FIRST, SECOND), "Secretary", NOW);
	}

	static Meeting withDecisions(Meeting meeting, int decisions) {
		return new Meeting(meeting.id(), meeting.forumKey(), meeting.bodyCode(), meeting.commissionId(),
				meeting.schoolCode(), meeting.date(), meeting.protocolYear(), meeting.protocolNumber(),
				meeting.minutes(), meeting.agenda(), meeting.attendance(), meeting.createdBy(), meeting.createdAt(),
				meeting.cancelledAt(), meeting.cancelReason(), decisions);
	}

	@Test
	@DisplayName("Protocols: a scheduled meeting takes the forum's next number for its year, asked only when accepted")
	void scheduledWithNumber() {
		Meeting meeting = scheduled();
		assertThat(meeting.protocol()).isEqualTo("3/2026");
		assertThat(meeting.bodyCode()).isEqualTo("GM1-EPC");
		assertThat(meeting.ofCommission()).isFalse();

		AtomicInteger asked = new AtomicInteger();
		assertThatThrownBy(() -> Meeting.schedule("GM1-EPC", "GM1", LocalDate.of(2026, 12, 10), asked::incrementAndGet,
				List.of(), Set.of(FIRST), "Secretary", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "review.meeting.agendaEmpty");
		assertThatThrownBy(() -> Meeting.schedule("GM1-EPC", "GM1", LocalDate.of(2026, 12, 10), asked::incrementAndGet,
				List.of(UUID.randomUUID()), Set.of(FIRST), "Secretary", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "review.meeting.notForThisForum");
		assertThat(asked).hasValue(0);
	}

	@Test
	@DisplayName("Protocols: attendance from the forum's members, somebody present; minutes not blank")
	void attendanceAndMinutes() {
		Meeting meeting = scheduled();
		assertThatThrownBy(() -> meeting.recordAttendance(MEMBERS, List.of("Stranger")))
			.hasFieldOrPropertyWithValue("messageKey", "review.meeting.nobodyPresent");
		meeting.recordAttendance(MEMBERS, List.of("Chair"));
		assertThat(meeting.attendance()).extracting(AttendanceView::present).containsExactly(true, false);
		assertThatThrownBy(() -> meeting.recordMinutes(" ")).hasFieldOrPropertyWithValue("messageKey",
				"review.meeting.minutesMissing");
		meeting.recordMinutes(" Heard. ");
		assertThat(meeting.minutes()).isEqualTo("Heard.");
	}

	@Test
	@DisplayName("Protocols: the agenda changes before a decision; the number stays; removed appeals are named")
	void agendaChanges() {
		Meeting meeting = scheduled();
		assertThat(meeting.changeAgenda(List.of(SECOND, SECOND), Set.of(FIRST, SECOND))).containsExactly(FIRST);
		assertThat(meeting.agenda()).containsExactly(SECOND);
		assertThat(meeting.protocol()).isEqualTo("3/2026");
		assertThatThrownBy(() -> meeting.changeAgenda(List.of(), Set.of(FIRST)))
			.hasFieldOrPropertyWithValue("messageKey", "review.meeting.agendaEmpty");
		assertThatThrownBy(() -> withDecisions(meeting, 1).changeAgenda(List.of(SECOND), Set.of(SECOND)))
			.hasFieldOrPropertyWithValue("messageKey", "review.meeting.hasDecisions");
	}

	@Test
	@DisplayName("Protocols: cancelled only before a decision, with a reason; the number is kept and nothing more is recorded")
	void cancellation() {
		assertThatThrownBy(() -> withDecisions(scheduled(), 1).cancel("reason", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "review.meeting.hasDecisions");
		Meeting meeting = scheduled();
		assertThatThrownBy(() -> meeting.cancel(" ", NOW)).hasFieldOrPropertyWithValue("messageKey",
				"review.meeting.cancelReasonMissing");
		meeting.cancel(" no quorum ", NOW);
		assertThat(meeting.cancelled()).isTrue();
		assertThat(meeting.cancelReason()).isEqualTo("no quorum");
		assertThat(meeting.protocol()).isEqualTo("3/2026");
		assertThat(meeting.changeable()).isFalse();
		assertThatThrownBy(() -> meeting.recordMinutes("text")).hasFieldOrPropertyWithValue("messageKey",
				"review.meeting.isCancelled");
		assertThatThrownBy(() -> meeting.recordAttendance(MEMBERS, List.of("Chair")))
			.hasFieldOrPropertyWithValue("messageKey", "review.meeting.isCancelled");
		assertThatThrownBy(() -> meeting.cancel("again", NOW)).hasFieldOrPropertyWithValue("messageKey",
				"review.meeting.isCancelled");
	}

}
