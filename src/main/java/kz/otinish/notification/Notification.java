package kz.otinish.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One message for one person: what happened (a message key and its arguments) and where
 * to look.
 */
public record Notification(UUID id, String recipient, Instant createdAt, String messageKey, String[] arguments,
		String link, @Nullable Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
