package kz.otinish.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/**
 * The daily watch decided that these people must hear about this appeal: claimed exactly
 * once per appeal, kind, point and due date, published in the same transaction, so the
 * notification module sends it from the event publication registry.
 *
 * @param point working days before the due date ({@link ReminderKind#DUE_SOON},
 * {@link ReminderKind#RETURN_WARNING}); working days overdue for
 * {@link ReminderKind#OVERDUE} on the day of the first escalation
 */
public record ReminderDue(UUID appealId, @Nullable String registrationNumber, String subject, ReminderKind kind,
		int point, LocalDate dueOn, LocalDate runOn, List<Recipient> recipients, Instant at) implements AuditedChange {

	@Override
	public String subjectType() {
		return "APPEAL";
	}

	@Override
	public UUID subjectId() {
		return this.appealId;
	}

	@Override
	public String action() {
		return "REMINDER_" + this.kind.name();
	}

	@Override
	public @Nullable String statusBefore() {
		return null;
	}

	@Override
	public @Nullable String statusAfter() {
		return null;
	}

	@Override
	public String detail() {
		return this.point + " / " + this.dueOn + " → "
				+ String.join(", ", this.recipients.stream().map(Recipient::name).toList());
	}

}
