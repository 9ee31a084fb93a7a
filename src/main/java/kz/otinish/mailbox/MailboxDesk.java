package kz.otinish.mailbox;

import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Channel;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.intake.Intake;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registrar does with a letter (INT-2a): read it with its appeal, link it to a
 * known applicant — or re-link it to another one when the sender's address named the
 * wrong account or none — and register it. The records office sees every mailbox, a
 * dean's office its school's only; the appeal module's access policy decides the rest.
 */
@Service
class MailboxDesk {

	private final MailMessages messages;

	private final AppealManagement appeals;

	private final Accounts accounts;

	private final Intake intake;

	private final kz.otinish.appeal.AppealLists lists;

	MailboxDesk(MailMessages messages, AppealManagement appeals, Accounts accounts, Intake intake,
			kz.otinish.appeal.AppealLists lists) {
		this.lists = lists;
		this.messages = messages;
		this.appeals = appeals;
		this.accounts = accounts;
		this.intake = intake;
	}

	/** The letter, if this person may handle it; 404 otherwise. */
	@Transactional(readOnly = true)
	MailMessage letter(UUID id, CurrentUser user) {
		return this.messages.findById(id)
			.filter(found -> user.is(Role.REGISTRAR)
					|| user.is(Role.DEANS_OFFICE) && user.servesSchool(found.schoolCode()))
			.orElseThrow(() -> new NotFound("mailbox.notFound"));
	}

	/** The letter's appeal, within the person's scope. */
	@Transactional
	Appeal appeal(MailMessage letter, CurrentUser user) {
		if (letter.appealId() == null) {
			throw new NotFound("mailbox.notFound");
		}
		return this.appeals.get(letter.appealId(), user);
	}

	/** Letters whose appeal still awaits registration, oldest first (at most 50). */
	@Transactional(readOnly = true)
	List<MailMessage> awaitingRegistration(CurrentUser user) {
		return this.lists.awaitingRegistration(user)
			.stream()
			.filter(appeal -> appeal.channel() == Channel.EMAIL)
			.flatMap(appeal -> this.messages.findFirstByAppealId(appeal.id()).stream())
			.filter(letter -> user.is(Role.REGISTRAR) || user.servesSchool(letter.schoolCode()))
			.toList();
	}

	/**
	 * Links the letter's appeal to the applicant with this username, or re-links it
	 * (audited as {@code LINK_APPLICANT} on the appeal).
	 */
	@Transactional
	Appeal link(UUID id, String username, CurrentUser registrar) {
		MailMessage letter = letter(id, registrar);
		CurrentUser applicant = this.accounts.byUsername(username.strip())
			.orElseThrow(() -> new Refused("appeal.link.unknownAccount"));
		return this.appeals.linkApplicant(appeal(letter, registrar).id(), applicant, registrar);
	}

	/**
	 * TERM-5: the registrar names the sender of the letter with a reply address; the
	 * appeal becomes a named one (audited as {@code IDENTIFY_APPLICANT}).
	 */
	@Transactional
	Appeal identify(UUID id, String fullName, String replyAddress, CurrentUser registrar) {
		MailMessage letter = letter(id, registrar);
		return this.appeals.identifyApplicant(appeal(letter, registrar).id(), fullName, replyAddress, registrar);
	}

	/** INT-1: enters the letter's appeal in its journal; the acknowledgement follows. */
	@Transactional
	Appeal register(UUID id, CurrentUser registrar) {
		MailMessage letter = letter(id, registrar);
		return this.intake.register(appeal(letter, registrar).id(), registrar);
	}

	/** Applicants to link the letter to: by name, username or e-mail (2+ characters). */
	@Transactional(readOnly = true)
	List<CurrentUser> findApplicants(String query, CurrentUser registrar) {
		return this.accounts.findApplicants(query, 20, registrar);
	}

	/** The account the appeal is linked to, if any. */
	@Transactional(readOnly = true)
	java.util.Optional<CurrentUser> linkedAccount(Appeal appeal) {
		return appeal.applicantUserId() == null ? java.util.Optional.empty()
				: this.accounts.byId(appeal.applicantUserId());
	}

}
