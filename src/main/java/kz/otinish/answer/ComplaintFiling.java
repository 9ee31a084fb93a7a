package kz.otinish.answer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.otinish.appeal.Actor;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.LateComplaint;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.Registration;
import kz.otinish.organization.OfficialView;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * DL-4: a complaint against a decision or against inaction is registered as an appeal of
 * its own, linked to the contested one and triaged by the higher official; a late one is
 * accepted and flagged on the complaint itself, with the reason for lateness when the
 * applicant gave one (asked for, never required).
 */
@Component
class ComplaintFiling {

	private final AppealManagement appeals;

	private final Verdicts verdicts;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ComplaintFiling(AppealManagement appeals, Verdicts verdicts, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.appeals = appeals;
		this.verdicts = verdicts;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	Verdict file(Appeal appeal, VerdictKind kind, String text, @Nullable String lateReason, LocalDate windowEnds,
			String contested, Optional<OfficialView> official) {
		// DL-4: a missed window is no reason to refuse; the reason is asked for, never
		// required, and goes with the complaint to whoever considers it
		Optional<LateComplaint> lateness = LateComplaint.of(windowEnds, LocalDate.now(this.clock), lateReason);
		boolean late = lateness.isPresent();
		String reason = lateness.flatMap(LateComplaint::reason).orElse(null);
		Locale locale = appeal.language().locale();
		String subject = this.messages.getMessage("answer.complaint.subject." + kind.name(),
				new Object[] { number(appeal) }, locale);
		NewAppeal complaint = new NewAppeal(AppealKind.COMPLAINT, Channel.PORTAL, appeal.applicant(), false,
				appeal.confidential(), appeal.representative().orElse(null), appeal.coApplicants(), appeal.schoolCode(),
				Addressee.RECTOR, appeal.category(), abbreviate(subject, 300), text.strip(), appeal.language(),
				appeal.applicantUserId(), null, appeal.id(), abbreviate(contested, 500), lateness.orElse(null));
		Appeal filed = this.appeals.fileOnline(complaint, List.of());
		Instant now = this.clock.instant();
		// DL-4: the complaint goes to the higher official, by this module's rule
		official.ifPresent(found -> this.appeals.perform(filed.id(), new AppealCommand.TriageBy(found.code()),
				Actor.system("answer")));
		Verdict verdict = this.verdicts.save(Verdict.complaint(appeal.id(), kind, now, filed.id(), windowEnds, late,
				late ? reason : null, official.map(OfficialView::code).orElse(null)));
		this.events.publishEvent(new ComplaintFiled(appeal.id(), filed.id(), number(filed), kind,
				official.map(OfficialView::code).orElse(null), official.map(OfficialView::account).orElse(null),
				official.map(OfficialView::email).orElse(null), late, appeal.status().name(), now));
		return verdict;
	}

	private static @Nullable String number(Appeal appeal) {
		return appeal.registration().map(Registration::number).orElse(null);
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
