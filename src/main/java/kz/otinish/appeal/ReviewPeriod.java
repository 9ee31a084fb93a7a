package kz.otinish.appeal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import kz.otinish.calendar.Deadline;
import kz.otinish.calendar.DeadlineKind;
import kz.otinish.shared.Refused;

/**
 * DL-2, the rule of an extension: to a later day than the current due date, never past
 * the extension cap (30 working days from receipt). Used by {@link Appeal} only.
 */
final class ReviewPeriod {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private ReviewPeriod() {
	}

	/**
	 * The deadlines with the REVIEW deadline moved to {@code until}; refused otherwise.
	 */
	static List<AppealDeadline> extended(List<AppealDeadline> deadlines, LocalDate until) {
		AppealDeadline review = find(deadlines, DeadlineKind.REVIEW);
		AppealDeadline capDeadline = find(deadlines, DeadlineKind.EXTENSION_CAP);
		LocalDate cap = capDeadline == null ? review.dueOn() : capDeadline.dueOn();
		LocalDate previous = review.dueOn();
		if (!until.isAfter(previous)) {
			throw new Refused("appeal.extension.notLater", DAY.format(previous));
		}
		if (until.isAfter(cap)) {
			throw new Refused("appeal.extension.pastCap", DAY.format(cap));
		}
		List<AppealDeadline> result = new ArrayList<>(deadlines);
		result.removeIf(deadline -> deadline.kind() == DeadlineKind.REVIEW);
		result.add(new AppealDeadline(
				new Deadline(DeadlineKind.REVIEW, "DL-2: extended from " + previous, review.startsOn(), until), true));
		return result;
	}

	private static AppealDeadline find(List<AppealDeadline> deadlines, DeadlineKind kind) {
		return deadlines.stream().filter(deadline -> deadline.kind() == kind).findFirst().orElse(null);
	}

}
