package kz.otinish.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A fact about an appeal that leaves its status as it was (a view, an internal note, an
 * approved or returned draft, a complaint filed against its decision): the trail records
 * it on the appeal with the status before and after the same.
 *
 * @param <S> how the event carries the status: the appeal module's own status type, or
 * its name in modules that only pass it on
 */
public interface AppealFact<S> extends AuditedChange {

	UUID appealId();

	/** The appeal's status, which the fact does not change. */
	@Nullable S status();

	@Override
	default String subjectType() {
		return "APPEAL";
	}

	@Override
	default UUID subjectId() {
		return appealId();
	}

	@Override
	default @Nullable String statusBefore() {
		S status = status();
		return status == null ? null : status.toString();
	}

	@Override
	default @Nullable String statusAfter() {
		return statusBefore();
	}

}
