package kz.otinish.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import kz.otinish.answer.AnswerApproved;
import kz.otinish.answer.AnswerDelivered;
import kz.otinish.clock.AppealExtended;
import kz.otinish.review.CommissionFormed;
import kz.otinish.review.ProtocolChanged;
import kz.otinish.shared.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues each letter when the process produces it, from the owners' events (after their
 * change committed, from the event publication registry, so a failure is retried):
 * <ul>
 * <li>DL-2 notice: {@code clock.AppealExtended} (each extension its own version);</li>
 * <li>REV-6 order: {@code review.CommissionFormed};</li>
 * <li>the protocol: {@code review.ProtocolChanged} (attendance, minutes or a decision of
 * a meeting recorded): issued again with every decision recorded while the meeting goes
 * on (earlier versions kept); an appeal already final keeps the protocol it has;</li>
 * <li>the answer: {@code answer.AnswerApproved} ("within 3 months of receiving this
 * answer"), and again on {@code AnswerDelivered} with the window's end.</li>
 * </ul>
 * Every issue is idempotent (same data, same stored document).
 */
@Component
class IssueOnProcess {

	private static final Logger log = LoggerFactory.getLogger(IssueOnProcess.class);

	private final Documents documents;

	private final ProcessLetters letters;

	private final TransactionTemplate transaction;

	IssueOnProcess(Documents documents, ProcessLetters letters, PlatformTransactionManager transactions) {
		this.documents = documents;
		this.letters = letters;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(AppealExtended event) {
		once(() -> this.letters.notice(event.extensionId())
			.map(notice -> this.documents.issue(event.appealId(), notice, notice.extendedBy().name())));
	}

	@ApplicationModuleListener
	void on(CommissionFormed event) {
		once(() -> this.letters.order(event.appealId())
			.map(order -> this.documents.issue(event.appealId(), order, order.chair().name())));
	}

	@ApplicationModuleListener
	void on(ProtocolChanged event) {
		issueProtocol(event.meetingId());
	}

	@ApplicationModuleListener
	void on(AnswerApproved event) {
		issueAnswer(event.appealId());
	}

	@ApplicationModuleListener
	void on(AnswerDelivered event) {
		issueAnswer(event.appealId());
	}

	/** The meeting's protocol, issued now (or the stored one if nothing changed). */
	List<IssuedDocument> issueProtocol(UUID meetingId) {
		return once(() -> this.letters.protocol(meetingId)
			.map(protocol -> this.documents.issueWhereOpen(protocol, protocol.secretary().name()))
			.orElse(List.of()));
	}

	/** The answer as approved (and delivered), issued now or the stored one. */
	Optional<IssuedDocument> issueAnswer(UUID appealId) {
		Optional<AnswerLetter> answer = this.letters.answer(appealId);
		if (answer.isEmpty()) {
			log.info("No answer letter for appeal {}: no approved draft or no protocol decision", appealId);
			return Optional.empty();
		}
		try {
			return Optional
				.of(once(() -> this.documents.issue(appealId, answer.get(), this.letters.approvedBy(appealId))));
		}
		catch (Refused ex) {
			// a final appeal's answer cannot change: the stored one stands
			log.warn("The answer of appeal {} is final and stays as issued", appealId);
			return Optional.empty();
		}
	}

	/** In its own transaction, again while a concurrent issue wins the race. */
	private <T> T once(Supplier<T> work) {
		return IssueRetry.run(this.transaction, work);
	}

}
