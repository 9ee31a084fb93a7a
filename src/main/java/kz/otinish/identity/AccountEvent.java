package kz.otinish.identity;

import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a person's account: every such event is an audited change of
 * the account itself, with no status before or after unless the event says otherwise.
 */
public interface AccountEvent extends AuditedChange {

	/** The account the event is about. */
	UUID accountId();

	@Override
	default String subjectType() {
		return "ACCOUNT";
	}

	@Override
	default UUID subjectId() {
		return accountId();
	}

	@Override
	default @Nullable String statusBefore() {
		return null;
	}

	@Override
	default @Nullable String statusAfter() {
		return null;
	}

}
