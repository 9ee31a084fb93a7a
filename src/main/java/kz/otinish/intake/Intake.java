package kz.otinish.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.Actor;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealManagement.Received;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.identity.CurrentUser;
import kz.otinish.privacy.Consents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the case file for the channels other modules run (the mailbox, the
 * Rector's blog): each receives an appeal here, and a received appeal is registered here.
 * Nothing here refuses an appeal (INT-5).
 */
@Service
public class Intake {

	private final AppealManagement appeals;

	private final Consents consents;

	Intake(AppealManagement appeals, Consents consents) {
		this.appeals = appeals;
		this.consents = consents;
	}

	/**
	 * INT-1: the signed-in applicant files on the portal or over the API, accepting the
	 * current consent text, received and registered at once; one transaction, one commit.
	 */
	@Transactional
	public Appeal fileOnline(CurrentUser applicant, NewAppeal appeal, List<IncomingFile> files) {
		int version = this.consents.acceptCurrent(applicant);
		return this.appeals.fileOnline(appeal, files, version);
	}

	/**
	 * INT-2a, INT-5: a letter becomes an appeal awaiting registration, received at the
	 * given moment with every file the attachment policy accepts; the refused files come
	 * back, each with its reason's message key, for the mailbox to keep and name.
	 */
	public Received receiveLetter(NewAppeal appeal, Instant receivedAt, List<IncomingFile> files) {
		return this.appeals.receiveKeepingWhatFits(appeal, receivedAt, files);
	}

	/**
	 * INT-1: a registrar enters a received appeal in the journal of its school or the
	 * records office; 404 outside their scope.
	 */
	public Appeal register(UUID appealId, CurrentUser registrar) {
		return this.appeals.register(appealId, registrar);
	}

	/**
	 * INT-1, INT-3: a blog post becomes an appeal received when it was written and
	 * registered now by the moderator who routed it, both or neither.
	 */
	@Transactional
	public Appeal receiveFromBlog(NewAppeal appeal, Instant writtenAt, CurrentUser moderator) {
		Appeal received = this.appeals.receive(appeal, writtenAt);
		// the blog's moderation, not the registrar's scope, allows it: registered in the
		// moderator's name
		return this.appeals.perform(received.id(), new AppealCommand.Register(), Actor.system(moderator.fullName()));
	}

}
