package kz.otinish.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.answer.AnswerDraft;
import kz.otinish.answer.AnswerManagement;
import kz.otinish.answer.Delivery;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Registration;
import kz.otinish.clock.AppealExtensions;
import kz.otinish.clock.ExtensionView;
import kz.otinish.identity.Accounts;
import kz.otinish.organization.Organization;
import kz.otinish.review.ActionView;
import kz.otinish.review.ArgumentView;
import kz.otinish.review.AttendanceView;
import kz.otinish.review.CommissionView;
import kz.otinish.review.DecisionView;
import kz.otinish.review.MeetingView;
import kz.otinish.review.MemberKind;
import kz.otinish.review.Reviews;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the letters of the process from their owners' façades, exactly as they print:
 * the DL-2 notice from the clock's extension, the REV-6 order and the protocol from the
 * review module, the answer from the approved draft and the protocol decision (answer and
 * review modules). Labels are resolved in the letter's language.
 */
@Component
class ProcessLetters {

	private final AppealManagement appeals;

	private final Reviews reviews;

	private final AnswerManagement answers;

	private final AppealExtensions extensions;

	private final Organization organization;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	ProcessLetters(AppealManagement appeals, Reviews reviews, AnswerManagement answers, AppealExtensions extensions,
			Organization organization, Accounts accounts, MessageSource messages, Clock clock) {
		this.appeals = appeals;
		this.reviews = reviews;
		this.answers = answers;
		this.extensions = extensions;
		this.organization = organization;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	/** DL-2: the notice of one extension, in the appeal's language. */
	@Transactional(readOnly = true)
	Optional<ExtensionNotice> notice(UUID extensionId) {
		Optional<ExtensionView> found = this.extensions.extension(extensionId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ExtensionView extension = found.get();
		Appeal appeal = this.appeals.find(extension.appealId()).orElseThrow();
		Locale locale = appeal.language().locale();
		String position = this.organization.officialOfAccount(extension.extendedBy())
			.map(official -> msg(locale, "organization.position." + official.position()))
			.or(() -> this.accounts.byUsername(extension.extendedBy())
				.map(user -> msg(locale, "identity.role." + user.role())))
			.orElse("");
		return Optional.of(new ExtensionNotice(appeal.language(), number(appeal), registeredOn(appeal),
				applicant(appeal), address(appeal), appeal.subject(), extension.previousDue(), extension.newDue(),
				extension.reason(), new Signatory(extension.extendedByName(), position), day(extension.extendedAt())));
	}

	/** REV-6: the dean's order forming the appeal's extended commission. */
	@Transactional(readOnly = true)
	Optional<CommissionOrder> order(UUID appealId) {
		Optional<CommissionView> found = this.reviews.commissionOf(appealId);
		Optional<Appeal> appeal = this.appeals.find(appealId);
		if (found.isEmpty() || appeal.isEmpty()) {
			return Optional.empty();
		}
		CommissionView commission = found.get();
		Locale locale = appeal.get().language().locale();
		String school = commission.schoolCode() == null ? ""
				: this.organization.school(commission.schoolCode())
					.map(view -> view.name(locale))
					.orElse(commission.schoolCode());
		List<CommissionOrder.Member> members = commission.members()
			.stream()
			.filter(member -> member.kind() != MemberKind.CHAIR)
			.map(member -> new CommissionOrder.Member(member.fullName(),
					msg(locale, "review.memberKind." + member.kind()),
					member.represents() == null ? "" : member.represents().strip(), role(member.kind())))
			.toList();
		return Optional.of(new CommissionOrder(appeal.get().language(), commission.orderNumber(),
				commission.orderDate(), school, number(appeal.get()), appeal.get().subject(),
				new Signatory(commission.chairName(), msg(locale, "organization.position.DEAN")), members,
				appeal.get().dueOn().orElse(commission.orderDate())));
	}

	/**
	 * The protocol of a meeting, once its attendance is recorded and it holds a decision
	 * or minutes: a body's in Kazakh (the state language), a commission's in its appeal's
	 * language. Items not decided at this meeting say so.
	 */
	@Transactional(readOnly = true)
	Optional<MeetingProtocol> protocol(UUID meetingId) {
		Optional<MeetingView> found = this.reviews.meeting(meetingId);
		if (found.isEmpty() || !found.get().attendanceRecorded()) {
			return Optional.empty();
		}
		MeetingView meeting = found.get();
		Optional<CommissionView> commission = Optional.ofNullable(meeting.commissionId())
			.flatMap(id -> meeting.agenda()
				.stream()
				.map(this.reviews::commissionOf)
				.flatMap(Optional::stream)
				.filter(view -> view.id().equals(id))
				.findFirst());
		Language language = commission.flatMap(view -> this.appeals.find(view.appealId()))
			.map(Appeal::language)
			.orElse(Language.KK);
		Locale locale = language.locale();
		List<MeetingProtocol.AgendaItem> items = new ArrayList<>();
		boolean decided = false;
		for (UUID appealId : meeting.agenda()) {
			Appeal appeal = this.appeals.find(appealId).orElseThrow();
			Optional<DecisionView> decision = this.reviews.decisionOf(appealId)
				.filter(view -> view.meeting().id().equals(meetingId));
			decided |= decision.isPresent();
			items.add(new MeetingProtocol.AgendaItem(appealId, number(appeal), appeal.subject(),
					decision.map(view -> discussion(view, locale)).orElse("—"),
					decision.map(view -> decision(view, locale)).orElse(msg(locale, "documents.protocol.notDecided")),
					null));
		}
		if (!decided && meeting.minutes() == null) {
			return Optional.empty();
		}
		List<MeetingProtocol.Attendee> attendance = meeting.attendance()
			.stream()
			.map(member -> new MeetingProtocol.Attendee(
					new Signatory(member.fullName(), position(meeting, member, locale)), member.present()))
			.toList();
		Signatory chair = meeting.attendance()
			.stream()
			.filter(member -> "CHAIR".equals(member.role()))
			.findFirst()
			.map(member -> new Signatory(member.fullName(), position(meeting, member, locale)))
			.orElse(new Signatory(commission.map(CommissionView::chairName).orElse(meeting.createdBy()),
					msg(locale, "documents.protocol.chair")));
		Signatory secretary = meeting.attendance()
			.stream()
			.filter(member -> "SECRETARY".equals(member.role()))
			.findFirst()
			.map(member -> new Signatory(member.fullName(), position(meeting, member, locale)))
			.orElse(new Signatory(meeting.createdBy(), msg(locale, "documents.protocol.secretary")));
		String forum = meeting.ofCommission() ? commission
			.map(view -> msg(locale, "review.commission.name", view.orderNumber(),
					DocumentData.DAY.format(view.orderDate())))
			.orElse("") : Optional.ofNullable(meeting.forumName(locale)).orElse(meeting.forumKey());
		return Optional
			.of(new MeetingProtocol(language, forum, String.valueOf(meeting.protocolNumber()), meeting.protocolYear(),
					meeting.date(), null, chair, secretary, attendance, items, meeting.minutes(), meeting.id()));
	}

	/**
	 * Law 221 art. 10, DL-4: the answer as the dean approved it, with the decision it
	 * rests on, in the appeal's language; the complaint window's end once delivered.
	 */
	@Transactional(readOnly = true)
	Optional<AnswerLetter> answer(UUID appealId) {
		Optional<Appeal> found = this.appeals.find(appealId);
		Optional<AnswerDraft> approved = this.answers.approvedAnswer(appealId);
		Optional<DecisionView> decided = this.reviews.decisionOf(appealId);
		if (found.isEmpty() || approved.isEmpty() || decided.isEmpty()) {
			return Optional.empty();
		}
		Appeal appeal = found.get();
		DecisionView decision = decided.get();
		Locale locale = appeal.language().locale();
		List<AnswerLetter.Finding> findings = decision.findings()
			.stream()
			.map(argument -> new AnswerLetter.Finding(argument.argument(),
					argument.finding() == kz.otinish.review.Finding.CONFIRMED,
					argument.grounds() == null ? "" : argument.grounds()))
			.toList();
		List<String> measures = new ArrayList<>();
		decision.measures().forEach(action -> measures.add(action(action, locale)));
		decision.recommendations().forEach(action -> measures.add(action(action, locale)));
		MeetingView meeting = decision.meeting();
		String body = meeting.ofCommission() && decision.commission() != null
				? msg(locale, "review.commission.name", decision.commission().orderNumber(),
						DocumentData.DAY.format(decision.commission().orderDate()))
				: Optional.ofNullable(meeting.forumName(locale)).orElse(meeting.forumKey());
		Signatory official = this.answers.higherOfficial(appeal)
			.map(found2 -> new Signatory(found2.fullName(), msg(locale, "organization.position." + found2.position())))
			.orElse(new Signatory("—", ""));
		LocalDate today = LocalDate.now(this.clock);
		int months = (int) ChronoUnit.MONTHS.between(today, this.answers.complaintWindowEnd(today));
		LocalDate until = this.answers.delivery(appealId).map(Delivery::complaintUntil).orElse(null);
		Instant approvedAt = approved.get().reviewedAt() == null ? approved.get().writtenAt()
				: approved.get().reviewedAt();
		return Optional.of(new AnswerLetter(appeal.language(), number(appeal), registeredOn(appeal), applicant(appeal),
				addressee(appeal), appeal.subject(), approved.get().text(), findings, outcome(decision.outcome()),
				decision.reasons(), new AnswerLetter.ProtocolReference(body, meeting.protocol(), meeting.date()),
				measures, new AnswerLetter.ComplaintRight(official, until, months), null, day(approvedAt), null));
	}

	/** Who approved the answer (issues it). */
	@Transactional(readOnly = true)
	String approvedBy(UUID appealId) {
		return this.answers.approvedAnswer(appealId)
			.map(draft -> draft.reviewedBy() == null ? draft.writtenBy() : draft.reviewedBy())
			.orElse(Documents.SYSTEM);
	}

	private String discussion(DecisionView decision, Locale locale) {
		List<String> lines = new ArrayList<>();
		for (ArgumentView argument : decision.findings()) {
			lines.add(msg(locale, "documents.protocol.finding", String.valueOf(argument.number()), argument.argument(),
					argument.finding() == null ? "—" : msg(locale, "review.finding." + argument.finding()),
					argument.grounds() == null ? "—" : argument.grounds()));
		}
		return String.join("\n", lines);
	}

	private String decision(DecisionView decision, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(msg(locale, "review.outcome." + decision.outcome()) + ". " + decision.reasons());
		if (!decision.measures().isEmpty()) {
			lines.add(msg(locale, "documents.protocol.measures"));
			decision.measures().forEach(action -> lines.add("– " + action(action, locale)));
		}
		if (!decision.recommendations().isEmpty()) {
			lines.add(msg(locale, "documents.protocol.recommendations"));
			decision.recommendations().forEach(action -> lines.add("– " + action(action, locale)));
		}
		if (decision.untrueRecognized()) {
			lines.add(msg(locale, "documents.protocol.untrue", decision.applicantMeasures(), decision.apology()));
		}
		return String.join("\n", lines);
	}

	private String action(ActionView action, Locale locale) {
		return msg(locale, "documents.protocol.action", action.addressee(), action.text(), action.responsible(),
				DocumentData.DAY.format(action.dueOn()));
	}

	private String roleLabel(MeetingView meeting, String role, Locale locale) {
		if (meeting.ofCommission()) {
			return msg(locale, "review.memberKind." + role);
		}
		return msg(locale, "organization.memberRole." + role);
	}

	/** A body member's position from the organization's data, else their role in it. */
	private String position(MeetingView meeting, AttendanceView member, Locale locale) {
		if (meeting.bodyCode() != null) {
			Optional<String> position = this.organization.membersOf(meeting.bodyCode())
				.stream()
				.filter(known -> known.fullName().equals(member.fullName()))
				.findFirst()
				.map(known -> known.position(locale))
				.filter(found -> !found.isBlank());
			if (position.isPresent()) {
				return position.get();
			}
		}
		return roleLabel(meeting, member.role(), locale);
	}

	private static CommissionOrder.@Nullable MandatoryRole role(MemberKind kind) {
		return switch (kind) {
			case YOUTH_POLICY -> CommissionOrder.MandatoryRole.YOUTH_POLICY;
			case STUDENT_DEANS_OFFICE -> CommissionOrder.MandatoryRole.STUDENT_DEANS_OFFICE;
			case ETHICS_COUNCIL -> CommissionOrder.MandatoryRole.ETHICS_COUNCIL;
			case TRADE_UNION -> CommissionOrder.MandatoryRole.TRADE_UNION;
			case EPC -> CommissionOrder.MandatoryRole.EPC;
			case QAC -> CommissionOrder.MandatoryRole.QAC;
			case LEGAL -> CommissionOrder.MandatoryRole.LAWYER;
			case CHAIR, OTHER -> null;
		};
	}

	private static AnswerLetter.Outcome outcome(kz.otinish.appeal.Outcome outcome) {
		return switch (outcome) {
			case SATISFIED -> AnswerLetter.Outcome.SATISFIED;
			case PARTLY_SATISFIED -> AnswerLetter.Outcome.PARTLY_SATISFIED;
			case EXPLAINED -> AnswerLetter.Outcome.EXPLAINED;
			case NOT_SATISFIED -> AnswerLetter.Outcome.REJECTED;
		};
	}

	private static String number(Appeal appeal) {
		return appeal.registration().map(Registration::number).orElse(appeal.trackingCode());
	}

	private LocalDate registeredOn(Appeal appeal) {
		return day(appeal.registration().map(Registration::registeredAt).orElse(appeal.receivedAt()));
	}

	private String applicant(Appeal appeal) {
		String name = appeal.applicant().fullName();
		return name == null ? "—" : name;
	}

	private static @Nullable String address(Appeal appeal) {
		return appeal.applicant().address() != null ? appeal.applicant().address() : appeal.applicant().email();
	}

	private String addressee(Appeal appeal) {
		String address = address(appeal);
		return address == null ? applicant(appeal) : applicant(appeal) + ", " + address;
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, this.clock.getZone());
	}

	private String msg(Locale locale, String key, @Nullable Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
