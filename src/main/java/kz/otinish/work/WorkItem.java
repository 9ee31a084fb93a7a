package kz.otinish.work;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One appeal waiting for a person's action: its registration number (none before
 * registration), its subject, when its answer is due, and the page where the action is
 * taken.
 */
public record WorkItem(UUID appealId, @Nullable String number, String subject, @Nullable LocalDate dueOn, String link) {
}
