package kz.otinish.review;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An open measure or recommendation as the tracking list shows it: the appeal's number
 * and subject, overdue when its due date has passed, and whether this person may mark it
 * done.
 */
public record TrackedAction(ActionView action, UUID appealId, String appealNumber, String appealSubject,
		@Nullable String schoolCode, boolean overdue, boolean canComplete) {
}
