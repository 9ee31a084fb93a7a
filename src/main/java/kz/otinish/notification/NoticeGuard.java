package kz.otinish.notification;

import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Conflict of interest: no notice about an appeal reaches a person it is about, in the
 * app or by e-mail. The recipient is known by account, or by an e-mail address that
 * exactly one account has; the appeal module's policy decides who is a subject.
 */
@Component
class NoticeGuard {

	private final Accounts accounts;

	private final AppealAccessPolicy policy;

	NoticeGuard(Accounts accounts, AppealAccessPolicy policy) {
		this.accounts = accounts;
		this.policy = policy;
	}

	/** May this recipient hear about the appeal: not a person it is about. */
	boolean mayHear(UUID appealId, @Nullable String account, @Nullable String email) {
		Optional<CurrentUser> recipient = this.accounts.byUsernameIgnoringCase(account);
		if (recipient.isEmpty() && email != null && !email.isBlank()) {
			recipient = this.accounts.byEmail(email);
		}
		return recipient.map(user -> !this.policy.isSubject(user, appealId)).orElse(true);
	}

	boolean mayHear(UUID appealId, CurrentUser recipient) {
		return !this.policy.isSubject(recipient, appealId);
	}

}
