package kz.otinish.clock;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clock's settings, as data.
 *
 * @param reminderPoints working days before the due date at which the executor and the
 * dean are reminded (default 5 and 2)
 * @param returnWarningWorkingDays working days before the DL-3 return deadline at which
 * the dean is warned about an appeal still in triage
 * @param escalationLevels how far up the escalation chain an overdue appeal goes (2: the
 * dean and the vice-rector)
 * @param noticeWorkingDays DL-2: working days within which the applicant must be told of
 * an extension
 */
@ConfigurationProperties("otinish.clock")
public record ClockSettings(@DefaultValue( {
		"5", "2" }) List<Integer> reminderPoints, @DefaultValue("1") int returnWarningWorkingDays,
		@DefaultValue("2") int escalationLevels, @DefaultValue("3") int noticeWorkingDays){

	public ClockSettings {
		reminderPoints = reminderPoints.stream().sorted().distinct().toList();
		if (reminderPoints.stream().anyMatch(point -> point < 0)) {
			throw new IllegalArgumentException("reminder points must not be negative: " + reminderPoints);
		}
	}

	/** The farthest reminder point: appeals due within it are "due soon". */
	public int horizon() {
		return this.reminderPoints.isEmpty() ? 0 : this.reminderPoints.get(this.reminderPoints.size() - 1);
	}

}
