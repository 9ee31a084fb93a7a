package kz.otinish.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import kz.otinish.appeal.Outcome;
import kz.otinish.appeal.Actor;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealDecision;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.AppealSubject;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.CheckedFile;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.appeal.Registration;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.BodyType;
import kz.otinish.organization.BodyView;
import kz.otinish.organization.MemberRole;
import kz.otinish.organization.MemberView;
import kz.otinish.organization.OfficialView;
import kz.otinish.organization.Organization;
import kz.otinish.organization.UnitKind;
import kz.otinish.organization.UnitView;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review module's façade (sop.md REV-1..REV-12): routing by the dean, the extended
 * commission, meetings and their protocols, verification, findings and protocol decisions
 * with measures and recommendations. Pages and the API pass the signed-in person; the
 * methods without one ({@link #decisionOf}, {@link #meeting(UUID)},
 * {@link #commissionOf}) are for other modules acting on the system's behalf (letters,
 * answers).
 */
@Service
public class Reviews {

	private static final String COMMISSION_PREFIX = "COMMISSION:";

	private static final Set<Role> SCHOOL_STAFF = EnumSet.of(Role.DEAN, Role.DEANS_OFFICE, Role.BODY_SECRETARY,
			Role.BODY_MEMBER);

	private final JdbcClient jdbc;

	private final AppealManagement appeals;

	private final AppealAccessPolicy policy;

	private final Organization organization;

	private final Accounts accounts;

	private final ReviewSettings settings;

	private final ProtocolCounters counters;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	Reviews(JdbcClient jdbc, AppealManagement appeals, AppealAccessPolicy policy, Organization organization,
			Accounts accounts, ReviewSettings settings, ProtocolCounters counters, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.appeals = appeals;
		this.policy = policy;
		this.organization = organization;
		this.accounts = accounts;
		this.settings = settings;
		this.counters = counters;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- routing (REV-1..5)

	/** What the appeal page offers the dean for routing, or {@code canRoute == false}. */
	@Transactional(readOnly = true)
	public RoutingOptions routingOptions(Appeal appeal, CurrentUser user) {
		boolean open = appeal.status() == AppealStatus.REGISTERED || appeal.status() == AppealStatus.IN_TRIAGE;
		if (!open || appeal.anonymous() || !this.policy.canTriage(user, appeal)) {
			return new RoutingOptions(false, null, List.of(), List.of());
		}
		return new RoutingOptions(true, suggestedBody(appeal).orElse(null), bodiesFor(appeal), executors(appeal));
	}

	/**
	 * What the dean may choose from: the body suggested, the bodies, the executors.
	 */
	public record RoutingOptions(boolean canRoute, @Nullable BodyView suggested, List<BodyView> bodies,
			List<CurrentUser> executors) {
	}

	/**
	 * REV-2..REV-5: the body suggested from the appeal's category (configuration
	 * {@code otinish.review.suggested-body.*}).
	 */
	@Transactional(readOnly = true)
	public Optional<BodyView> suggestedBody(Appeal appeal) {
		BodyType type = this.settings.suggest(appeal.category(), appeal.applicant().type());
		if (type == BodyType.ETHICS_COUNCIL) {
			return Optional.of(this.organization.ethicsCouncil());
		}
		return appeal.schoolCode() == null ? Optional.empty() : this.organization.body(appeal.schoolCode(), type);
	}

	/** The school's bodies and the university's Ethics Council. */
	@Transactional(readOnly = true)
	public List<BodyView> bodiesFor(Appeal appeal) {
		List<BodyView> bodies = new ArrayList<>();
		if (appeal.schoolCode() != null) {
			bodies.addAll(this.organization.bodiesOf(appeal.schoolCode()));
		}
		bodies.add(this.organization.ethicsCouncil());
		return bodies;
	}

	/**
	 * The accounts of the appeal's school who may prepare the draft answer, never one of
	 * its subjects.
	 */
	@Transactional(readOnly = true)
	public List<CurrentUser> executors(Appeal appeal) {
		Set<String> subjects = this.appeals.subjects(appeal.id())
			.stream()
			.map(AppealSubject::account)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		return this.accounts.all()
			.stream()
			.filter(account -> SCHOOL_STAFF.contains(account.role()) && account.servesSchool(appeal.schoolCode()))
			.filter(account -> !subjects.contains(account.username()))
			.toList();
	}

	/**
	 * REV-1: the dean routes the appeal to a body and names the executor; the appeal goes
	 * to IN_REVIEW.
	 */
	@Transactional
	public RoutingView route(UUID appealId, String bodyCode, String executorAccount, CurrentUser dean) {
		Appeal appeal = this.appeals.get(appealId, dean);
		if (!this.policy.canTriage(dean, appeal)) {
			throw NotFound.appeal();
		}
		if (appeal.anonymous()) {
			// INT-4: not considered (or forwarded to a state body), never routed
			throw new Refused("review.route.anonymous");
		}
		BodyView body = bodiesFor(appeal).stream()
			.filter(candidate -> candidate.code().equals(bodyCode))
			.findFirst()
			.orElseThrow(() -> new Refused("review.route.bodyNotAvailable"));
		CurrentUser executor = executors(appeal).stream()
			.filter(candidate -> candidate.username().equals(executorAccount))
			.findFirst()
			.orElseThrow(() -> new Refused("review.route.executorNotAvailable"));
		String suggested = suggestedBody(appeal).map(BodyView::code).orElse(null);
		this.appeals.perform(appealId, new AppealCommand.Route(body.code(), executor.username(), executor.fullName()),
				Actor.person(dean));
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into review_routing (appeal_id, body_code, suggested_body_code, executor_account, executor_name,
				                            routed_by, routed_at)
				values (:appeal, :body, :suggested, :account, :name, :by, :at)""")
			.param("appeal", appealId)
			.param("body", body.code())
			.param("suggested", suggested)
			.param("account", executor.username())
			.param("name", executor.fullName())
			.param("by", dean.fullName())
			.param("at", utc(now))
			.update();
		return routingOf(appealId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<RoutingView> routingOf(UUID appealId) {
		return this.jdbc.sql("select * from review_routing where appeal_id = :id")
			.param("id", appealId)
			.query((rs, row) -> new RoutingView(rs.getObject("appeal_id", UUID.class), rs.getString("body_code"),
					rs.getString("suggested_body_code"), rs.getString("executor_account"),
					rs.getString("executor_name"), rs.getString("routed_by"), instant(rs, "routed_at")))
			.optional();
	}

	/**
	 * REV-11: the dean terminates the consideration of a repeated appeal (marked so by
	 * TERM-6) whose earlier file reached an answer, citing that file's verification
	 * materials and its answer.
	 */
	@Transactional
	public Appeal terminateRepeated(UUID appealId, String materialsReference, String answerReference,
			CurrentUser dean) {
		Appeal appeal = this.appeals.get(appealId, dean);
		if (!this.policy.canTriage(dean, appeal)) {
			throw NotFound.appeal();
		}
		if (appeal.earlierAppealId() == null || appeal.repeatGround().isEmpty()) {
			throw new Refused("review.terminate.notRepeated");
		}
		Appeal earlier = this.appeals.find(appeal.earlierAppealId()).orElseThrow(NotFound::appeal);
		String earlierNumber = earlier.registration().map(Registration::number).orElse(earlier.subject());
		if (earlier.status() != AppealStatus.ANSWERED && earlier.status() != AppealStatus.CLOSED) {
			throw new Refused("review.terminate.earlierNotAnswered", earlierNumber);
		}
		if (blank(materialsReference) || blank(answerReference)) {
			throw new Refused("review.terminate.referenceMissing");
		}
		String reference = "REV-11: " + earlierNumber + "; " + materialsReference.strip() + "; "
				+ answerReference.strip();
		return this.appeals.perform(appealId, new AppealCommand.Terminate(reference), Actor.person(dean));
	}

	// ------------------------------------------------------------ conflict of interest

	/**
	 * Records a person the appeal is about. When it is the school's dean (by account or
	 * name), triage goes to the next official up (Organization.higherOfficial).
	 */
	@Transactional
	public AppealSubject recordSubject(UUID appealId, String fullName, @Nullable String account, CurrentUser user) {
		if (blank(fullName)) {
			throw new Refused("review.subject.nameMissing");
		}
		Appeal appeal = this.appeals.get(appealId, user);
		String subjectAccount = blank(account) ? null : account.strip();
		String triageOfficial = null;
		Optional<OfficialView> dean = appeal.schoolCode() == null ? Optional.empty()
				: this.organization.dean(appeal.schoolCode());
		if (dean.isPresent() && (dean.get().account() != null && dean.get().account().equals(subjectAccount)
				|| dean.get().fullName().equalsIgnoreCase(fullName.strip()))) {
			subjectAccount = subjectAccount == null ? dean.get().account() : subjectAccount;
			triageOfficial = this.organization.higherOfficial(dean.get())
				.map(OfficialView::code)
				.orElseThrow(() -> new Refused("review.subject.noHigherOfficial"));
		}
		return this.appeals.recordSubject(appealId, fullName, subjectAccount, triageOfficial, user);
	}

	// ---------------------------------------------------------- extended commission
	// (REV-6)

	/**
	 * The members the commission form starts with, from the organization's data: the
	 * units' contacts and the bodies' chairs, for the mandatory kinds.
	 */
	@Transactional(readOnly = true)
	public Map<MemberKind, String> suggestedMembers(Appeal appeal) {
		Map<MemberKind, String> suggested = new LinkedHashMap<>();
		for (MemberKind kind : mandatoryKinds(appeal)) {
			suggested.put(kind, switch (kind) {
				case YOUTH_POLICY -> unitContact(UnitKind.YOUTH_POLICY);
				case STUDENT_DEANS_OFFICE -> unitContact(UnitKind.STUDENT_DEANS_OFFICE);
				case TRADE_UNION -> unitContact(UnitKind.TRADE_UNION);
				case LEGAL -> unitContact(UnitKind.LEGAL);
				case EPC -> chairOf(appeal, BodyType.EPC);
				case QAC -> chairOf(appeal, BodyType.QAC);
				case ETHICS_COUNCIL -> chairOf(appeal, BodyType.ETHICS_COUNCIL);
				case CHAIR, OTHER -> "";
			});
		}
		return suggested;
	}

	/**
	 * REV-6: names to choose from for each kind of member, from the organization data:
	 * the unit's contact person for a unit, every member of the body for a body; for
	 * {@link MemberKind#OTHER} everyone of the units and the school's bodies. A name may
	 * still be typed in.
	 */
	@Transactional(readOnly = true)
	public Map<MemberKind, List<String>> memberChoices(Appeal appeal) {
		Map<MemberKind, List<String>> choices = new java.util.EnumMap<>(MemberKind.class);
		for (MemberKind kind : MemberKind.values()) {
			choices.put(kind, switch (kind) {
				case YOUTH_POLICY -> unitContacts(UnitKind.YOUTH_POLICY);
				case STUDENT_DEANS_OFFICE -> unitContacts(UnitKind.STUDENT_DEANS_OFFICE);
				case TRADE_UNION -> unitContacts(UnitKind.TRADE_UNION);
				case LEGAL -> unitContacts(UnitKind.LEGAL);
				case EPC -> bodyMembers(appeal, BodyType.EPC);
				case QAC -> bodyMembers(appeal, BodyType.QAC);
				case ETHICS_COUNCIL -> bodyMembers(appeal, BodyType.ETHICS_COUNCIL);
				case CHAIR, OTHER -> List.of();
			});
		}
		java.util.Set<String> everyone = new java.util.LinkedHashSet<>();
		this.organization.units()
			.stream()
			.map(UnitView::contactFullName)
			.filter(name -> name != null && !name.isBlank())
			.forEach(everyone::add);
		List<BodyView> bodies = new ArrayList<>(
				appeal.schoolCode() == null ? List.of() : this.organization.bodiesOf(appeal.schoolCode()));
		bodies.add(this.organization.ethicsCouncil());
		bodies.forEach(body -> this.organization.membersOf(body).forEach(member -> everyone.add(member.fullName())));
		choices.put(MemberKind.OTHER, List.copyOf(everyone));
		return choices;
	}

	private List<String> unitContacts(UnitKind kind) {
		return this.organization.units()
			.stream()
			.filter(unit -> unit.kind() == kind)
			.map(UnitView::contactFullName)
			.filter(name -> name != null && !name.isBlank())
			.distinct()
			.toList();
	}

	private List<String> bodyMembers(Appeal appeal, BodyType type) {
		Optional<BodyView> body = type == BodyType.ETHICS_COUNCIL ? Optional.of(this.organization.ethicsCouncil())
				: appeal.schoolCode() == null ? Optional.empty() : this.organization.body(appeal.schoolCode(), type);
		return body
			.map(found -> this.organization.membersOf(found).stream().map(MemberView::fullName).distinct().toList())
			.orElse(List.of());
	}

	/** REV-6: the kinds of member this appeal's commission must have. */
	public List<MemberKind> mandatoryKinds(Appeal appeal) {
		return this.settings.mandatory(appeal.applicant().type());
	}

	private String unitContact(UnitKind kind) {
		return this.organization.unit(kind).map(UnitView::contactFullName).orElse("");
	}

	private String chairOf(Appeal appeal, BodyType type) {
		Optional<BodyView> body = type == BodyType.ETHICS_COUNCIL ? Optional.of(this.organization.ethicsCouncil())
				: appeal.schoolCode() == null ? Optional.empty() : this.organization.body(appeal.schoolCode(), type);
		return body
			.flatMap(found -> this.organization.membersOf(found)
				.stream()
				.filter(member -> member.role() == MemberRole.CHAIR)
				.findFirst())
			.map(MemberView::fullName)
			.orElse("");
	}

	/** May this person form a commission for this appeal now? */
	@Transactional(readOnly = true)
	public boolean canFormCommission(Appeal appeal, CurrentUser user) {
		return appeal.status() == AppealStatus.IN_REVIEW && this.policy.canTriage(user, appeal)
				&& commissionOf(appeal.id()).isEmpty();
	}

	/**
	 * REV-6: the dean's order forms an extended commission for an unresolved appeal,
	 * chaired by the dean; refused, naming what is missing, without every mandatory
	 * member for the applicant's type.
	 */
	@Transactional
	public CommissionView formCommission(UUID appealId, NewCommission order, CurrentUser dean) {
		Appeal appeal = this.appeals.get(appealId, dean);
		if (!this.policy.canTriage(dean, appeal)) {
			throw NotFound.appeal();
		}
		if (appeal.status() != AppealStatus.IN_REVIEW) {
			throw new Refused("review.commission.notInReview");
		}
		if (commissionOf(appealId).isPresent()) {
			throw new Refused("review.commission.exists");
		}
		if (blank(order.orderNumber())) {
			throw new Refused("review.commission.orderMissing");
		}
		List<CommissionMember> named = order.members()
			.stream()
			.filter(member -> !blank(member.fullName()) && member.kind() != MemberKind.CHAIR)
			.map(member -> new CommissionMember(member.kind(), member.fullName().strip(), member.represents()))
			.toList();
		List<MemberKind> missing = mandatoryKinds(appeal).stream()
			.filter(kind -> named.stream().noneMatch(member -> member.kind() == kind))
			.toList();
		if (!missing.isEmpty()) {
			Locale locale = LocaleContextHolder.getLocale();
			throw new Refused("review.commission.missing",
					missing.stream()
						.map(kind -> this.messages.getMessage("review.memberKind." + kind, null, kind.name(), locale))
						.collect(Collectors.joining(", ")));
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into review_commission (id, appeal_id, school_code, order_number, order_date, chair_name,
				                               chair_account, formed_at)
				values (:id, :appeal, :school, :number, :date, :chair, :account, :at)""")
			.param("id", id)
			.param("appeal", appealId)
			.param("school", appeal.schoolCode())
			.param("number", order.orderNumber().strip())
			.param("date", order.orderDate())
			.param("chair", dean.fullName())
			.param("account", dean.username())
			.param("at", utc(now))
			.update();
		List<CommissionMember> members = new ArrayList<>();
		members.add(new CommissionMember(MemberKind.CHAIR, dean.fullName(), null));
		members.addAll(named);
		for (int i = 0; i < members.size(); i++) {
			CommissionMember member = members.get(i);
			this.jdbc.sql("""
					insert into review_commission_member (commission_id, sort_order, member_kind, full_name, represents)
					values (?, ?, ?, ?, ?)""")
				.params(id, i, member.kind().name(), member.fullName(), member.represents())
				.update();
		}
		this.events.publishEvent(ReviewChanged.ofAppeal(appealId, "FORM_COMMISSION", now,
				order.orderNumber().strip() + ", " + order.orderDate()));
		return commissionOf(appealId).orElseThrow();
	}

	/** REV-6: the appeal's extended commission, for the letters module's order. */
	@Transactional(readOnly = true)
	public Optional<CommissionView> commissionOf(UUID appealId) {
		return this.jdbc.sql("select * from review_commission where appeal_id = :id")
			.param("id", appealId)
			.query(this::mapCommission)
			.optional();
	}

	private Optional<CommissionView> commission(UUID commissionId) {
		return this.jdbc.sql("select * from review_commission where id = :id")
			.param("id", commissionId)
			.query(this::mapCommission)
			.optional();
	}

	private CommissionView mapCommission(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<CommissionMember> members = this.jdbc
			.sql("select * from review_commission_member where commission_id = ? order by sort_order")
			.params(id)
			.query((member, index) -> new CommissionMember(MemberKind.valueOf(member.getString("member_kind")),
					member.getString("full_name"), member.getString("represents")))
			.list();
		return new CommissionView(id, rs.getObject("appeal_id", UUID.class), rs.getString("school_code"),
				rs.getString("order_number"), rs.getObject("order_date", LocalDate.class), rs.getString("chair_name"),
				rs.getString("chair_account"), instant(rs, "formed_at"), members);
	}

	// ---------------------------------------------------------------- meetings

	/**
	 * The forums this person runs or sits in: their bodies and the commissions they chair
	 * (or, for a school's secretary, the school's commissions).
	 */
	@Transactional(readOnly = true)
	public List<Forum> forumsOf(CurrentUser user) {
		List<Forum> forums = new ArrayList<>();
		for (BodyView body : this.organization.bodiesOfAccount(user.username())) {
			forums.add(new Forum(body.code(), body, null, canRun(user, body.code())));
		}
		this.jdbc.sql("select id from review_commission where chair_account = :account or school_code = :school")
			.param("account", user.username())
			.param("school", user.is(Role.BODY_SECRETARY) ? user.schoolCode() : "-")
			.query(UUID.class)
			.list()
			.forEach(id -> commission(id).ifPresent(commission -> forums
				.add(new Forum(commission.forumKey(), null, commission, canRun(user, commission.forumKey())))));
		return forums;
	}

	/** A body or an extended commission, as a place that meets and keeps protocols. */
	public record Forum(String key, @Nullable BodyView body, @Nullable CommissionView commission, boolean canRun) {

		public @Nullable String name(Locale locale) {
			return this.body == null ? null : this.body.name(locale);
		}

	}

	/**
	 * May this person run the forum's meetings: the secretary or chair of the body (by
	 * account in the organization's data); a commission's chair or the school's body
	 * secretary.
	 */
	@Transactional(readOnly = true)
	public boolean canRun(CurrentUser user, String forumKey) {
		if (forumKey.startsWith(COMMISSION_PREFIX)) {
			return commission(UUID.fromString(forumKey.substring(COMMISSION_PREFIX.length())))
				.map(commission -> user.username().equals(commission.chairAccount())
						|| user.is(Role.BODY_SECRETARY) && user.servesSchool(commission.schoolCode()))
				.orElse(false);
		}
		return this.organization.membersOf(forumKey)
			.stream()
			.anyMatch(member -> user.username().equals(member.account())
					&& (member.role() == MemberRole.SECRETARY || member.role() == MemberRole.CHAIR));
	}

	/**
	 * The appeals a forum may put on its agenda: in review, routed to the body (or the
	 * commission's own appeal), not decided.
	 */
	@Transactional(readOnly = true)
	public List<Appeal> candidates(String forumKey) {
		List<UUID> ids = forumKey.startsWith(COMMISSION_PREFIX)
				? commission(UUID.fromString(forumKey.substring(COMMISSION_PREFIX.length())))
					.map(commission -> List.of(commission.appealId()))
					.orElse(List.of())
				: this.jdbc.sql("select appeal_id from review_routing where body_code = :code")
					.param("code", forumKey)
					.query(UUID.class)
					.list();
		return ids.stream()
			.map(this.appeals::find)
			.flatMap(Optional::stream)
			.filter(appeal -> appeal.status() == AppealStatus.IN_REVIEW)
			.toList();
	}

	/**
	 * A meeting of a body or commission with its agenda; its protocol takes the forum's
	 * next number for the meeting's year (no gaps, no repeats).
	 */
	@Transactional
	public MeetingView scheduleMeeting(String forumKey, LocalDate date, List<UUID> agenda, CurrentUser user) {
		if (!canRun(user, forumKey)) {
			throw new NotFound("review.meeting.notFound");
		}
		if (agenda.isEmpty()) {
			throw new Refused("review.meeting.agendaEmpty");
		}
		Set<UUID> allowed = candidates(forumKey).stream().map(Appeal::id).collect(Collectors.toSet());
		if (!allowed.containsAll(agenda)) {
			throw new Refused("review.meeting.notForThisForum");
		}
		UUID commissionId = forumKey.startsWith(COMMISSION_PREFIX)
				? UUID.fromString(forumKey.substring(COMMISSION_PREFIX.length())) : null;
		String bodyCode = commissionId == null ? forumKey : null;
		String school = commissionId != null ? commission(commissionId).map(CommissionView::schoolCode).orElse(null)
				: this.organization.body(forumKey).map(BodyView::schoolCode).orElse(null);
		int number = this.counters.next(forumKey, date.getYear());
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into review_meeting (id, forum_key, body_code, commission_id, school_code, meeting_date,
				                            protocol_year, protocol_number, created_by, created_at)
				values (:id, :forum, :body, :commission, :school, :date, :year, :number, :by, :at)""")
			.param("id", id)
			.param("forum", forumKey)
			.param("body", bodyCode)
			.param("commission", commissionId)
			.param("school", school)
			.param("date", date)
			.param("year", date.getYear())
			.param("number", number)
			.param("by", user.fullName())
			.param("at", utc(now))
			.update();
		for (int i = 0; i < agenda.size(); i++) {
			this.jdbc.sql("insert into review_agenda_item (meeting_id, appeal_id, sort_order) values (?, ?, ?)")
				.params(id, agenda.get(i), i)
				.update();
			this.events.publishEvent(ReviewChanged.ofAppeal(agenda.get(i), "PUT_ON_AGENDA", now,
					number + "/" + date.getYear() + ", " + date));
		}
		this.events.publishEvent(
				ReviewChanged.ofMeeting(id, "SCHEDULE_MEETING", now, forumKey + " " + number + "/" + date.getYear()));
		return meeting(id).orElseThrow();
	}

	/**
	 * The people whose attendance a meeting records: the body's members, or the
	 * commission's.
	 */
	@Transactional(readOnly = true)
	public List<AttendanceView> membersOf(MeetingView meeting) {
		if (meeting.commissionId() != null) {
			return commission(meeting.commissionId()).map(CommissionView::members)
				.orElse(List.of())
				.stream()
				.map(member -> new AttendanceView(member.fullName(), member.kind().name(), null, true))
				.toList();
		}
		return this.organization.membersOf(meeting.bodyCode())
			.stream()
			.map(member -> new AttendanceView(member.fullName(), member.role().name(), member.account(), true))
			.toList();
	}

	/** Who was present (by name, from the forum's members); everyone else was absent. */
	@Transactional
	public MeetingView recordAttendance(UUID meetingId, List<String> present, CurrentUser user) {
		MeetingView meeting = runnable(meetingId, user);
		List<AttendanceView> members = membersOf(meeting);
		if (members.stream().noneMatch(member -> present.contains(member.fullName()))) {
			throw new Refused("review.meeting.nobodyPresent");
		}
		this.jdbc.sql("delete from review_attendance where meeting_id = ?").params(meetingId).update();
		for (int i = 0; i < members.size(); i++) {
			AttendanceView member = members.get(i);
			this.jdbc.sql("""
					insert into review_attendance (meeting_id, sort_order, full_name, member_role, account, present)
					values (?, ?, ?, ?, ?, ?)""")
				.params(meetingId, i, member.fullName(), member.role(), member.account(),
						present.contains(member.fullName()))
				.update();
		}
		this.events.publishEvent(ReviewChanged.ofMeeting(meetingId, "RECORD_ATTENDANCE", this.clock.instant(),
				present.size() + "/" + members.size()));
		return meeting(meetingId).orElseThrow();
	}

	/** The meeting's minutes. */
	@Transactional
	public MeetingView recordMinutes(UUID meetingId, String minutes, CurrentUser user) {
		runnable(meetingId, user);
		if (blank(minutes)) {
			throw new Refused("review.meeting.minutesMissing");
		}
		this.jdbc.sql("update review_meeting set minutes = ? where id = ?").params(minutes.strip(), meetingId).update();
		this.events.publishEvent(ReviewChanged.ofMeeting(meetingId, "RECORD_MINUTES", this.clock.instant(), null));
		return meeting(meetingId).orElseThrow();
	}

	/**
	 * The meeting, for those who run or sit in its forum, the school's dean and the
	 * officials; 404 otherwise.
	 */
	@Transactional(readOnly = true)
	public MeetingView meeting(UUID id, CurrentUser user) {
		MeetingView meeting = meeting(id).orElseThrow(() -> new NotFound("review.meeting.notFound"));
		boolean sits = canRun(user, meeting.forumKey()) || user.is(Role.OFFICIAL)
				|| user.is(Role.DEAN) && user.servesSchool(meeting.schoolCode())
				|| forumsOf(user).stream().anyMatch(forum -> forum.key().equals(meeting.forumKey()));
		if (!sits) {
			throw new NotFound("review.meeting.notFound");
		}
		return meeting;
	}

	/** A meeting and its protocol, for the letters module (no scope check). */
	@Transactional(readOnly = true)
	public Optional<MeetingView> meeting(UUID id) {
		return this.jdbc.sql("select * from review_meeting where id = :id")
			.param("id", id)
			.query(this::mapMeeting)
			.optional();
	}

	/** A forum's meetings, newest first. */
	@Transactional(readOnly = true)
	public List<MeetingView> meetingsOf(String forumKey) {
		return this.jdbc.sql(
				"select * from review_meeting where forum_key = :forum order by meeting_date desc, protocol_number desc")
			.param("forum", forumKey)
			.query(this::mapMeeting)
			.list();
	}

	/**
	 * "My agenda": the meetings of every forum this person sits in, today's and later
	 * first, then the past.
	 */
	@Transactional(readOnly = true)
	public List<MeetingView> agendaOf(CurrentUser user) {
		LocalDate today = LocalDate.now(this.clock);
		return forumsOf(user).stream()
			.flatMap(forum -> meetingsOf(forum.key()).stream())
			.sorted(java.util.Comparator.comparing((MeetingView meeting) -> meeting.date().isBefore(today))
				.thenComparing(MeetingView::date))
			.toList();
	}

	private List<MeetingView> meetingsWith(UUID appealId) {
		return this.jdbc.sql("""
				select m.* from review_meeting m join review_agenda_item a on a.meeting_id = m.id
				where a.appeal_id = :appeal order by m.meeting_date, m.protocol_number""")
			.param("appeal", appealId)
			.query(this::mapMeeting)
			.list();
	}

	private MeetingView runnable(UUID meetingId, CurrentUser user) {
		MeetingView meeting = meeting(meetingId).orElseThrow(() -> new NotFound("review.meeting.notFound"));
		if (!canRun(user, meeting.forumKey())) {
			throw new NotFound("review.meeting.notFound");
		}
		if (meeting.cancelled()) {
			throw new Refused("review.meeting.isCancelled");
		}
		return meeting;
	}

	/**
	 * A meeting whose agenda may still change: run by this person, not cancelled, and no
	 * decision recorded at it yet.
	 */
	private MeetingView changeable(UUID meetingId, CurrentUser user) {
		MeetingView meeting = runnable(meetingId, user);
		Integer decisions = this.jdbc.sql("select count(*) from review_decision where meeting_id = ?")
			.params(meetingId)
			.query(Integer.class)
			.single();
		if (decisions > 0) {
			throw new Refused("review.meeting.hasDecisions");
		}
		return meeting;
	}

	/**
	 * May this person still change the meeting (agenda, cancellation): runs it, not
	 * cancelled, no decision recorded at it.
	 */
	@Transactional(readOnly = true)
	public boolean canChangeMeeting(MeetingView meeting, CurrentUser user) {
		return canRun(user, meeting.forumKey()) && !meeting.cancelled()
				&& this.jdbc.sql("select count(*) from review_decision where meeting_id = ?")
					.params(meeting.id())
					.query(Integer.class)
					.single() == 0;
	}

	/**
	 * Appeals that may be put on this meeting's agenda: the forum's, or already on it.
	 */
	@Transactional(readOnly = true)
	public List<Appeal> agendaCandidates(MeetingView meeting) {
		Map<UUID, Appeal> found = new LinkedHashMap<>();
		meeting.agenda().forEach(id -> this.appeals.find(id).ifPresent(appeal -> found.put(id, appeal)));
		candidates(meeting.forumKey()).forEach(appeal -> found.putIfAbsent(appeal.id(), appeal));
		return List.copyOf(found.values());
	}

	/**
	 * Changes the agenda before any decision is recorded; the protocol number stays.
	 * Appeals added and removed are recorded on their timelines.
	 */
	@Transactional
	public MeetingView updateAgenda(UUID meetingId, List<UUID> agenda, CurrentUser user) {
		MeetingView meeting = changeable(meetingId, user);
		List<UUID> wanted = agenda.stream().distinct().toList();
		if (wanted.isEmpty()) {
			throw new Refused("review.meeting.agendaEmpty");
		}
		Set<UUID> allowed = agendaCandidates(meeting).stream().map(Appeal::id).collect(Collectors.toSet());
		if (!allowed.containsAll(wanted)) {
			throw new Refused("review.meeting.notForThisForum");
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from review_agenda_item where meeting_id = ?").params(meetingId).update();
		for (int i = 0; i < wanted.size(); i++) {
			this.jdbc.sql("insert into review_agenda_item (meeting_id, appeal_id, sort_order) values (?, ?, ?)")
				.params(meetingId, wanted.get(i), i)
				.update();
			if (!meeting.agenda().contains(wanted.get(i))) {
				this.events.publishEvent(ReviewChanged.ofAppeal(wanted.get(i), "PUT_ON_AGENDA", now,
						meeting.protocol() + ", " + meeting.date()));
			}
		}
		meeting.agenda()
			.stream()
			.filter(id -> !wanted.contains(id))
			.forEach(id -> this.events
				.publishEvent(ReviewChanged.ofAppeal(id, "REMOVE_FROM_AGENDA", now, meeting.protocol())));
		this.events.publishEvent(ReviewChanged.ofMeeting(meetingId, "UPDATE_AGENDA", now,
				meeting.forumKey() + " " + meeting.protocol() + ": " + wanted.size()));
		return meeting(meetingId).orElseThrow();
	}

	/**
	 * Cancels a meeting before any decision is recorded. Its protocol number is kept (the
	 * numbering stays gapless) and the protocol records the cancellation and its reason;
	 * the appeals on its agenda may go on another meeting's.
	 */
	@Transactional
	public MeetingView cancelMeeting(UUID meetingId, @Nullable String reason, CurrentUser user) {
		MeetingView meeting = changeable(meetingId, user);
		if (blank(reason)) {
			throw new Refused("review.meeting.cancelReasonMissing");
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("update review_meeting set cancelled_at = ?, cancel_reason = ? where id = ?")
			.params(utc(now), reason.strip(), meetingId)
			.update();
		meeting.agenda()
			.forEach(id -> this.events
				.publishEvent(ReviewChanged.ofAppeal(id, "REMOVE_FROM_AGENDA", now, meeting.protocol())));
		this.events.publishEvent(ReviewChanged.ofMeeting(meetingId, "CANCEL_MEETING", now,
				meeting.forumKey() + " " + meeting.protocol() + ": " + reason.strip()));
		return meeting(meetingId).orElseThrow();
	}

	private MeetingView mapMeeting(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String bodyCode = rs.getString("body_code");
		List<UUID> agenda = this.jdbc
			.sql("select appeal_id from review_agenda_item where meeting_id = ? order by sort_order")
			.params(id)
			.query(UUID.class)
			.list();
		List<AttendanceView> attendance = this.jdbc
			.sql("select * from review_attendance where meeting_id = ? order by sort_order")
			.params(id)
			.query((a, index) -> new AttendanceView(a.getString("full_name"), a.getString("member_role"),
					a.getString("account"), a.getBoolean("present")))
			.list();
		return new MeetingView(id, rs.getString("forum_key"), bodyCode, rs.getObject("commission_id", UUID.class),
				bodyCode == null ? null : this.organization.body(bodyCode).map(BodyView::names).orElse(null),
				rs.getString("school_code"), rs.getObject("meeting_date", LocalDate.class), rs.getInt("protocol_year"),
				rs.getInt("protocol_number"), rs.getString("minutes"), agenda, attendance, rs.getString("created_by"),
				instant(rs, "created_at"), nullableInstant(rs, "cancelled_at"), rs.getString("cancel_reason"));
	}

	// ---------------------------------------------------------------- verification
	// (REV-7, REV-12)

	/**
	 * May this person work on the appeal's verification: the dean (triage), the executor,
	 * or whoever runs the body it was routed to or its commission.
	 */
	@Transactional(readOnly = true)
	public boolean canHandle(CurrentUser user, Appeal appeal) {
		if (!this.policy.canSee(user, appeal)) {
			return false;
		}
		if (this.policy.canTriage(user, appeal)
				|| appeal.executorAccount().filter(user.username()::equals).isPresent()) {
			return true;
		}
		Optional<RoutingView> routing = routingOf(appeal.id());
		return routing.isPresent() && canRun(user, routing.get().bodyCode())
				|| commissionOf(appeal.id()).map(commission -> canRun(user, commission.forumKey())).orElse(false);
	}

	private Appeal handled(UUID appealId, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		if (!canHandle(user, appeal)) {
			throw new Refused("review.refused.notHandler");
		}
		if (appeal.status() != AppealStatus.IN_REVIEW) {
			throw new Refused("review.refused.notInReview");
		}
		return appeal;
	}

	/** REV-7: a request to a unit for documents, due by a date. */
	@Transactional
	public RequestView requestDocuments(UUID appealId, String unitName, String text, LocalDate dueOn,
			CurrentUser user) {
		handled(appealId, user);
		if (blank(unitName) || blank(text)) {
			throw new Refused("review.request.incomplete");
		}
		if (dueOn.isBefore(LocalDate.now(this.clock))) {
			throw new Refused("review.request.dueInPast");
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into review_request (id, appeal_id, unit_name, request_text, due_on, requested_by, requested_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, appealId, unitName.strip(), text.strip(), dueOn, user.fullName(), utc(now))
			.update();
		this.events.publishEvent(ReviewChanged.ofAppeal(appealId, "REQUEST_DOCUMENTS", now, unitName + ", " + dueOn));
		return request(id).orElseThrow();
	}

	/**
	 * REV-7: the unit's response, with a file checked by the appeal's attachment policy
	 * (type from content, size).
	 */
	@Transactional
	public RequestView attachResponse(UUID requestId, String note, @Nullable IncomingFile file, CurrentUser user) {
		RequestView request = request(requestId).orElseThrow(() -> new NotFound("review.request.notFound"));
		handled(request.appealId(), user);
		if (blank(note) && file == null) {
			throw new Refused("review.request.responseEmpty");
		}
		CheckedFile checked = file == null ? null : this.appeals.checkFile(file);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update review_request set response_note = ?, file_name = ?, content_type = ?, sha256 = ?, content = ?,
				       responded_at = ? where id = ?""")
			.params(blank(note) ? null : note.strip(), checked == null ? null : checked.fileName(),
					checked == null ? null : checked.contentType(), checked == null ? null : checked.sha256(),
					checked == null ? null : checked.content(), utc(now), requestId)
			.update();
		this.events.publishEvent(ReviewChanged.ofAppeal(request.appealId(), "ATTACH_RESPONSE", now,
				request.unitName() + (checked == null ? "" : ", " + checked.fileName())));
		return request(requestId).orElseThrow();
	}

	/** The file of a response, for those who may see the appeal. */
	@Transactional(readOnly = true)
	public ResponseFile responseFile(UUID requestId, CurrentUser user) {
		RequestView request = request(requestId).orElseThrow(() -> new NotFound("review.request.notFound"));
		this.appeals.get(request.appealId(), user);
		return this.jdbc
			.sql("select file_name, content_type, content from review_request where id = ? and content is not null")
			.params(requestId)
			.query((rs, row) -> new ResponseFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new NotFound("review.request.notFound"));
	}

	/** A response's file. */
	public record ResponseFile(String fileName, String contentType, byte[] content) {
	}

	private Optional<RequestView> request(UUID id) {
		return this.jdbc.sql("select * from review_request where id = ?")
			.params(id)
			.query(Reviews::mapRequest)
			.optional();
	}

	private List<RequestView> requestsOf(UUID appealId) {
		return this.jdbc.sql("select * from review_request where appeal_id = ? order by requested_at")
			.params(appealId)
			.query(Reviews::mapRequest)
			.list();
	}

	private static RequestView mapRequest(ResultSet rs, int row) throws SQLException {
		return new RequestView(rs.getObject("id", UUID.class), rs.getObject("appeal_id", UUID.class),
				rs.getString("unit_name"), rs.getString("request_text"), rs.getObject("due_on", LocalDate.class),
				rs.getString("requested_by"), instant(rs, "requested_at"), rs.getString("response_note"),
				rs.getString("file_name"), rs.getString("sha256"), nullableInstant(rs, "responded_at"));
	}

	/** REV-12: lists an argument of the applicant for checking. */
	@Transactional
	public ArgumentView addArgument(UUID appealId, String argument, CurrentUser user) {
		handled(appealId, user);
		if (blank(argument)) {
			throw new Refused("review.argument.empty");
		}
		UUID id = UUID.randomUUID();
		int number = argumentsOf(appealId).size() + 1;
		Instant now = this.clock.instant();
		this.jdbc.sql("insert into review_argument (id, appeal_id, sort_order, argument) values (?, ?, ?, ?)")
			.params(id, appealId, number, argument.strip())
			.update();
		this.events.publishEvent(ReviewChanged.ofAppeal(appealId, "ADD_ARGUMENT", now, number + ". " + argument));
		return argument(id).orElseThrow();
	}

	/** REV-12: the finding on an argument — confirmed or not — with its grounds. */
	@Transactional
	public ArgumentView recordFinding(UUID argumentId, Finding finding, String grounds, CurrentUser user) {
		ArgumentView argument = argument(argumentId).orElseThrow(() -> new NotFound("review.argument.notFound"));
		handled(argument.appealId(), user);
		if (blank(grounds)) {
			throw new Refused("review.finding.groundsMissing");
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("update review_argument set finding = ?, grounds = ?, found_at = ? where id = ?")
			.params(finding.name(), grounds.strip(), utc(now), argumentId)
			.update();
		this.events.publishEvent(
				ReviewChanged.ofAppeal(argument.appealId(), "RECORD_FINDING", now, argument.number() + ": " + finding));
		return argument(argumentId).orElseThrow();
	}

	private Optional<ArgumentView> argument(UUID id) {
		return this.jdbc.sql("select * from review_argument where id = ?")
			.params(id)
			.query(Reviews::mapArgument)
			.optional();
	}

	private List<ArgumentView> argumentsOf(UUID appealId) {
		return this.jdbc.sql("select * from review_argument where appeal_id = ? order by sort_order")
			.params(appealId)
			.query(Reviews::mapArgument)
			.list();
	}

	private static ArgumentView mapArgument(ResultSet rs, int row) throws SQLException {
		String finding = rs.getString("finding");
		return new ArgumentView(rs.getObject("id", UUID.class), rs.getObject("appeal_id", UUID.class),
				rs.getInt("sort_order"), rs.getString("argument"), finding == null ? null : Finding.valueOf(finding),
				rs.getString("grounds"), nullableInstant(rs, "found_at"));
	}

	// ---------------------------------------------------------------- decisions
	// (REV-8..10)

	/**
	 * REV-8..REV-10, REV-12: the protocol decision on an agenda item, recorded at the
	 * meeting. Every argument needs its finding; confirmed facts need measures; a
	 * recognition as untrue (REV-9) only by an extended commission, with the measures
	 * against the applicant and the apology. The appeal goes to DECIDED.
	 */
	@Transactional
	public DecisionView decide(UUID meetingId, UUID appealId, NewDecision decision, CurrentUser user) {
		MeetingView meeting = runnable(meetingId, user);
		if (!meeting.agenda().contains(appealId)) {
			throw new Refused("review.decision.notOnAgenda");
		}
		Appeal appeal = this.appeals.find(appealId).orElseThrow(NotFound::appeal);
		if (appeal.status() != AppealStatus.IN_REVIEW) {
			throw new Refused("review.refused.notInReview");
		}
		if (!meeting.attendanceRecorded()) {
			throw new Refused("review.decision.noAttendance");
		}
		if (blank(decision.reasons())) {
			throw new Refused("review.decision.reasonsMissing");
		}
		List<ArgumentView> arguments = argumentsOf(appealId);
		if (arguments.isEmpty()) {
			throw new Refused("review.decision.noArguments");
		}
		List<String> unchecked = arguments.stream()
			.filter(argument -> argument.finding() == null)
			.map(argument -> String.valueOf(argument.number()))
			.toList();
		if (!unchecked.isEmpty()) {
			throw new Refused("review.decision.argumentsUnchecked", String.join(", ", unchecked));
		}
		boolean confirmed = arguments.stream().anyMatch(argument -> argument.finding() == Finding.CONFIRMED);
		boolean measures = decision.actions().stream().anyMatch(action -> action.kind() == ActionKind.MEASURE);
		if (confirmed && !measures) {
			throw new Refused("review.decision.measuresRequired");
		}
		for (NewAction action : decision.actions()) {
			if (blank(action.addressee()) || blank(action.text()) || blank(action.responsible())) {
				throw new Refused("review.decision.actionIncomplete");
			}
		}
		if (decision.untrueRecognized()) {
			if (!meeting.ofCommission()) {
				throw new Refused("review.decision.untrueOnlyCommission");
			}
			if (arguments.stream().noneMatch(argument -> argument.finding() == Finding.NOT_CONFIRMED)) {
				throw new Refused("review.decision.untrueNeedsUnconfirmed");
			}
			if (blank(decision.applicantMeasures()) || blank(decision.apology())) {
				throw new Refused("review.decision.untrueIncomplete");
			}
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into review_decision (appeal_id, meeting_id, outcome, reasons, untrue_recognized,
				                             applicant_measures, apology, decided_by, decided_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(appealId, meetingId, decision.outcome().name(), decision.reasons().strip(),
					decision.untrueRecognized(), decision.untrueRecognized() ? decision.applicantMeasures() : null,
					decision.untrueRecognized() ? decision.apology() : null, user.fullName(), utc(now))
			.update();
		for (int i = 0; i < decision.actions().size(); i++) {
			NewAction action = decision.actions().get(i);
			this.jdbc.sql("""
					insert into review_action (id, appeal_id, action_kind, sort_order, addressee, action_text,
					                           responsible, due_on, disciplinary)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), appealId, action.kind().name(), i, action.addressee().strip(),
						action.text().strip(), action.responsible().strip(), action.dueOn(),
						action.kind() == ActionKind.MEASURE && action.disciplinary())
				.update();
		}
		this.appeals.perform(appealId, new AppealCommand.Decide(new AppealDecision(decision.outcome(),
				meeting.bodyCode(), meeting.protocol(), meeting.date(), meetingId)), Actor.person(user));
		this.events.publishEvent(ReviewChanged.ofMeeting(meetingId, "RECORD_DECISION", now,
				appeal.registration().map(Registration::number).orElse(appeal.subject()) + ": " + decision.outcome()));
		return decisionOf(appealId).orElseThrow();
	}

	/**
	 * The protocol decision on an appeal, with its meeting, findings, measures and
	 * recommendations: for the answer and letters modules (no scope check).
	 */
	@Transactional(readOnly = true)
	public Optional<DecisionView> decisionOf(UUID appealId) {
		return this.jdbc.sql("select * from review_decision where appeal_id = ?").params(appealId).query((rs, row) -> {
			List<ActionView> actions = actionsOf(appealId);
			MeetingView meeting = meeting(rs.getObject("meeting_id", UUID.class)).orElseThrow();
			return new DecisionView(appealId, Outcome.valueOf(rs.getString("outcome")), rs.getString("reasons"),
					meeting, meeting.commissionId() == null ? null : commission(meeting.commissionId()).orElse(null),
					argumentsOf(appealId),
					actions.stream().filter(action -> action.kind() == ActionKind.MEASURE).toList(),
					actions.stream().filter(action -> action.kind() == ActionKind.RECOMMENDATION).toList(),
					rs.getBoolean("untrue_recognized"), rs.getString("applicant_measures"), rs.getString("apology"),
					rs.getString("decided_by"), instant(rs, "decided_at"));
		}).optional();
	}

	/**
	 * REV-8, REV-10: a measure or recommendation is done, with a note; by whoever handles
	 * the appeal.
	 */
	@Transactional
	public ActionView completeAction(UUID actionId, String note, CurrentUser user) {
		ActionView action = action(actionId).orElseThrow(() -> new NotFound("review.action.notFound"));
		Appeal appeal = this.appeals.get(action.appealId(), user);
		if (!canHandle(user, appeal) && !isResponsible(user, action)) {
			throw new Refused("review.refused.notHandler");
		}
		if (action.done()) {
			throw new Refused("review.action.alreadyDone");
		}
		if (blank(note)) {
			throw new Refused("review.action.noteMissing");
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("update review_action set done_at = ?, done_note = ? where id = ?")
			.params(utc(now), note.strip(), actionId)
			.update();
		this.events
			.publishEvent(ReviewChanged.ofAppeal(action.appealId(), "COMPLETE_" + action.kind(), now, action.text()));
		return action(actionId).orElseThrow();
	}

	/** Measures and recommendations not yet done, the nearest due date first. */
	@Transactional(readOnly = true)
	public List<ActionView> openActions() {
		return this.jdbc.sql("select * from review_action where done_at is null order by due_on")
			.query(Reviews::mapAction)
			.list();
	}

	/**
	 * REV-8, REV-10 tracked to completion: the open measures and recommendations this
	 * person follows, the nearest due date first. Officials: every one; a dean: the
	 * school's; whoever handles the appeal (executor, the body's secretary or chair) and
	 * the responsible person named in the decision (by the account's full name): theirs.
	 * Never one of an appeal the person may not see (conflict of interest).
	 */
	@Transactional(readOnly = true)
	public List<TrackedAction> openActions(CurrentUser user) {
		LocalDate today = LocalDate.now(this.clock);
		List<TrackedAction> tracked = new ArrayList<>();
		Map<UUID, Optional<Appeal>> appealsById = new HashMap<>();
		for (ActionView action : openActions()) {
			Optional<Appeal> found = appealsById.computeIfAbsent(action.appealId(), this.appeals::find);
			if (found.isEmpty() || !this.policy.canSee(user, found.get())) {
				continue;
			}
			Appeal appeal = found.get();
			boolean handles = canHandle(user, appeal);
			boolean responsible = isResponsible(user, action);
			boolean follows = user.is(Role.OFFICIAL) || user.is(Role.DEAN) && user.servesSchool(appeal.schoolCode())
					|| handles || responsible;
			if (follows) {
				tracked.add(new TrackedAction(action, appeal.id(),
						appeal.registration().map(Registration::number).orElse(appeal.trackingCode()), appeal.subject(),
						appeal.schoolCode(), action.dueOn().isBefore(today), handles || responsible));
			}
		}
		return tracked;
	}

	/** The responsible person named in the decision is this account (by full name). */
	static boolean isResponsible(CurrentUser user, ActionView action) {
		return normalized(action.responsible()).equals(normalized(user.fullName()));
	}

	private static String normalized(@Nullable String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * An open measure or recommendation as the tracking list shows it: the appeal's
	 * number and subject, overdue when its due date has passed, and whether this person
	 * may mark it done.
	 */
	public record TrackedAction(ActionView action, UUID appealId, String appealNumber, String appealSubject,
			@Nullable String schoolCode, boolean overdue, boolean canComplete) {
	}

	/** One open action, if this person follows it (the tracking list's scope). */
	@Transactional(readOnly = true)
	public Optional<TrackedAction> trackedAction(UUID actionId, CurrentUser user) {
		return openActions(user).stream().filter(tracked -> tracked.action().id().equals(actionId)).findFirst();
	}

	private Optional<ActionView> action(UUID id) {
		return this.jdbc.sql("select * from review_action where id = ?")
			.params(id)
			.query(Reviews::mapAction)
			.optional();
	}

	private List<ActionView> actionsOf(UUID appealId) {
		return this.jdbc.sql("select * from review_action where appeal_id = ? order by sort_order")
			.params(appealId)
			.query(Reviews::mapAction)
			.list();
	}

	private static ActionView mapAction(ResultSet rs, int row) throws SQLException {
		return new ActionView(rs.getObject("id", UUID.class), rs.getObject("appeal_id", UUID.class),
				ActionKind.valueOf(rs.getString("action_kind")), rs.getString("addressee"), rs.getString("action_text"),
				rs.getString("responsible"), rs.getObject("due_on", LocalDate.class), rs.getBoolean("disciplinary"),
				nullableInstant(rs, "done_at"), rs.getString("done_note"));
	}

	// ---------------------------------------------------------------- the whole picture

	/** Everything about the appeal's consideration, if this person may see the appeal. */
	@Transactional(readOnly = true)
	public ReviewView review(UUID appealId, CurrentUser user) {
		this.appeals.get(appealId, user);
		if (user.role().isApplicant()) {
			// the working file (findings, minutes, measures) is the bodies'; the
			// applicant
			// learns the outcome from the answer
			throw NotFound.appeal();
		}
		return review(appealId);
	}

	private ReviewView review(UUID appealId) {
		return new ReviewView(appealId, routingOf(appealId).orElse(null), commissionOf(appealId).orElse(null),
				requestsOf(appealId), argumentsOf(appealId), meetingsWith(appealId), decisionOf(appealId).orElse(null),
				actionsOf(appealId));
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, java.time.OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
