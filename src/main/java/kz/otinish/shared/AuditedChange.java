package kz.otinish.shared;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A state change that the audit trail must record. Modules publish events implementing
 * this; the audit module listens to this type only, so it depends on no business module.
 */
public interface AuditedChange {

	/** What kind of record changed, e.g. {@code APPEAL}. */
	String subjectType();

	UUID subjectId();

	/**
	 * The action, e.g. {@code REGISTER}; localized by the audit module as
	 * {@code audit.action.*}.
	 */
	String action();

	@Nullable String statusBefore();

	@Nullable String statusAfter();

	Instant at();

	/**
	 * A short note for the timeline (a registration number, a reason), or {@code null}.
	 */
	default @Nullable String detail() {
		return null;
	}

	/**
	 * {@code true} when the person who made the change must not be named (the author of
	 * an anonymous letter, signed in or not): the trail records an anonymous visitor
	 * instead of the signed-in account.
	 */
	default boolean anonymousActor() {
		return false;
	}

}
