package kz.otinish.review;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealSubject;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.appeal.Outcome;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.MemberRole;
import kz.otinish.organization.Organization;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Confidentiality as rules of the model: who of the bodies sees which appeal, a subject
 * chosen from the directory and kept out of everything about the appeal (agenda item,
 * attendance, decision, protocol, verification), the deputy chair presiding over the
 * chair's item, and applicants seeing only what faces them.
 */
@OtinishIntegrationTest
class ConfidentialityIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AppealManagement appeals;

	@Autowired
	kz.otinish.appeal.AppealLists lists;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	@Autowired
	Organization organization;

	@Autowired
	ConflictOfInterest conflicts;

	@Autowired
	MessageSource messages;

	ReviewFixtures fixtures;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
		return request.with(user(this.accounts.loadUserByUsername(username))).with(csrf());
	}

	String page(String path, String username) throws Exception {
		return this.mvc.perform(as(get(path), username))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	List<java.util.UUID> listed(CurrentUser user) {
		return this.lists.list(AppealFilter.none(), PageRequest.of(0, 1000), user)
			.getContent()
			.stream()
			.map(Appeal::id)
			.toList();
	}

	@Test
	@DisplayName("REV-1..REV-6: a body's member or secretary sees only the appeals routed to a body they sit on, the ones they execute and their extended commission's, not every appeal of the school")
	void membersSeeOnlyTheirBodiesAppeals() {
		CurrentUser outsider = this.accounts.ensureAccount("it-conf-outsider", "secret", "Сыртқы Мүше Тестұлы",
				Role.BODY_MEMBER, ReviewFixtures.SCHOOL, null, null);
		CurrentUser ethics = this.fixtures.user("ethics-secretary");
		CurrentUser member = this.fixtures.user("member");
		Appeal unrouted = this.fixtures.studentAppeal(Category.HOUSING);
		Appeal toCouncil = this.fixtures.studentAppeal(Category.HOUSING);
		this.reviews.route(toCouncil.id(), "GM1-DOC", "secretary", this.fixtures.dean());
		Appeal toEthics = this.fixtures.staffAppeal(Category.BUSINESS_ETHICS);
		this.reviews.route(toEthics.id(), "ETHICS", "secretary", this.fixtures.dean());
		Appeal executed = this.fixtures.studentAppeal(Category.ASSESSMENT);
		this.reviews.route(executed.id(), "GM1-EPC", "it-conf-outsider", this.fixtures.dean());

		// a school's member outside every body: only what they execute
		assertThatThrownBy(() -> this.appeals.get(unrouted.id(), outsider)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.appeals.get(toCouncil.id(), outsider)).isInstanceOf(NotFound.class);
		assertThat(this.appeals.get(executed.id(), outsider)).isNotNull();
		assertThat(listed(outsider)).contains(executed.id()).doesNotContain(unrouted.id(), toCouncil.id());
		// a member of GM1's bodies: the appeals routed to them, not the unrouted one
		assertThat(this.appeals.get(toCouncil.id(), member)).isNotNull();
		assertThatThrownBy(() -> this.appeals.get(unrouted.id(), member)).isInstanceOf(NotFound.class);
		assertThat(listed(member)).contains(toCouncil.id(), executed.id()).doesNotContain(unrouted.id());
		// the Ethics Council's secretary (no school): the Ethics Council's appeals only
		assertThat(this.appeals.get(toEthics.id(), ethics)).isNotNull();
		assertThatThrownBy(() -> this.appeals.get(toCouncil.id(), ethics)).isInstanceOf(NotFound.class);
		assertThat(listed(ethics)).contains(toEthics.id()).doesNotContain(toCouncil.id(), unrouted.id());
		// the dean still sees the whole school
		assertThat(listed(this.fixtures.dean())).contains(unrouted.id(), toCouncil.id(), executed.id());
	}

	@Test
	@DisplayName("REV-6: a member of an extended commission (named in the dean's order) sees the appeal their commission considers")
	void commissionMembersSeeTheirAppeal() {
		CurrentUser lawyer = this.accounts.ensureAccount("it-conf-lawyer", "secret", "Бейсенов Бауыржан Тестұлы",
				Role.BODY_MEMBER, ReviewFixtures.SCHOOL, null, null);
		Appeal appeal = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.ASSESSMENT), "GM1-EPC");
		assertThatThrownBy(() -> this.appeals.get(appeal.id(), lawyer)).isInstanceOf(NotFound.class);
		this.reviews.formCommission(appeal.id(),
				new NewCommission("46-ө", LocalDate.now(),
						List.of(new CommissionMember(MemberKind.YOUTH_POLICY, "Мәмиев Мейрам", null),
								new CommissionMember(MemberKind.STUDENT_DEANS_OFFICE, "Зайцев Сергей", null),
								new CommissionMember(MemberKind.EPC, "Сәрсенбаев Талғат", null),
								new CommissionMember(MemberKind.QAC, "Морозов Олег", null),
								new CommissionMember(MemberKind.LEGAL, "бейсенов бауыржан  Тестұлы ", null))),
				this.fixtures.dean());
		assertThat(this.appeals.get(appeal.id(), lawyer)).isNotNull();
		assertThat(listed(lawyer)).contains(appeal.id());
	}

	@Test
	@DisplayName("Conflict of interest: the subject is chosen from the directory (a picker), kept by account id; a username in another case and a name only one account bears resolve to the account; an unknown account is refused")
	void subjectChosenFromTheDirectory() throws Exception {
		CurrentUser teacher = this.accounts.ensureAccount("it-conf-teacher", "secret", "Жұмабаев Ерлан Тестұлы",
				Role.BODY_MEMBER, ReviewFixtures.SCHOOL, null, null);
		CurrentUser lecturer = this.accounts.ensureAccount("it-conf-lecturer", "secret", "Ахметова Гүлназ Тестқызы",
				Role.STAFF, ReviewFixtures.SCHOOL, null, null);
		Appeal first = this.fixtures.studentAppeal(Category.TEACHING_QUALITY);
		assertThat(page("/appeals/" + first.id() + "/review?lang=en", "dean"))
			.contains("/appeals/" + first.id() + "/review/subjects/directory")
			.doesNotContain("id=\"account\"");

		// the picker: the directory as an htmx fragment, for who records subjects
		String found = page("/appeals/" + first.id() + "/review/subjects/directory?q=Жұмабаев&lang=en", "dean");
		assertThat(found).contains("Жұмабаев Ерлан Тестұлы").contains("value=\"it-conf-teacher\"");
		this.mvc.perform(as(get("/appeals/" + first.id() + "/review/subjects/directory?q=Жұмабаев"), "member"))
			.andExpect(status().isNotFound());
		this.reviews.route(first.id(), "GM1-QAC", "it-conf-teacher", this.fixtures.dean());
		assertThat(this.appeals.get(first.id(), teacher)).isNotNull();

		// chosen with a username in another case: the account's id is kept
		this.mvc
			.perform(
					as(post("/appeals/" + first.id() + "/review/subjects").param("account", "IT-Conf-Teacher"), "dean"))
			.andExpect(status().is3xxRedirection());
		AppealSubject subject = this.appeals.subjects(first.id()).get(0);
		assertThat(subject.accountId()).isEqualTo(teacher.id());
		assertThat(subject.account()).isEqualTo("it-conf-teacher");
		assertThat(subject.fullName()).isEqualTo("Жұмабаев Ерлан Тестұлы");
		assertThatThrownBy(() -> this.appeals.get(first.id(), teacher)).isInstanceOf(NotFound.class);
		this.mvc.perform(as(get("/api/v1/appeals/" + first.id()), "it-conf-teacher")).andExpect(status().isNotFound());

		// by name only, in another case: the one account bearing it
		Appeal second = this.fixtures.studentAppeal(Category.TEACHING_QUALITY);
		this.reviews.recordSubject(second.id(), "ахметова  гүлназ тестқызы", null, this.fixtures.dean());
		assertThat(this.appeals.subjects(second.id()).get(0).accountId()).isEqualTo(lecturer.id());
		assertThat(this.reviews.executors(second)).extracting(CurrentUser::username).doesNotContain("it-conf-lecturer");

		// an account the directory does not know
		assertThatThrownBy(() -> this.reviews.recordSubject(second.id(), null, "nobody-such", this.fixtures.dean()))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("review.subject.unknownAccount"));
	}

	@Test
	@DisplayName("Conflict of interest, REV-8: the chair as subject can neither put the appeal on an agenda, record attendance nor decide it; the meeting page hides the item, the protocol is 404; the deputy chair presides and records the decision")
	void chairAsSubjectAndTheDeputyChair() throws Exception {
		assertThat(this.organization.membersOf("GM1-DOC")).anySatisfy(m -> {
			assertThat(m.role()).isEqualTo(MemberRole.DEPUTY_CHAIR);
			assertThat(m.account()).isEqualTo("member");
		});
		CurrentUser dean = this.fixtures.dean();
		CurrentUser secretary = this.fixtures.secretary();
		CurrentUser deputy = this.fixtures.user("member");
		CurrentUser vicerector = this.fixtures.user("vicerector");
		Appeal aboutDean = this.fixtures.studentAppeal(Category.EDUCATIONAL_PROCESS);
		this.reviews.recordSubject(aboutDean.id(), null, "dean", dean);
		this.reviews.route(aboutDean.id(), "GM1-DOC", "member", vicerector);
		this.reviews.addArgument(aboutDean.id(), "Деканат жауап бермеді", vicerector);
		this.reviews.recordFinding(this.reviews.review(aboutDean.id(), vicerector).arguments().get(0).id(),
				Finding.NOT_CONFIRMED, "Жауап уақытында берілген", vicerector);
		Appeal other = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.HOUSING), "GM1-DOC");

		// the chair cannot put the appeal about her on an agenda, nor see it as a
		// candidate
		assertThat(this.conflicts.candidates("GM1-DOC", dean)).extracting(Appeal::id)
			.contains(other.id())
			.doesNotContain(aboutDean.id());
		assertThatThrownBy(() -> this.reviews.scheduleMeeting("GM1-DOC", LocalDate.now(),
				List.of(aboutDean.id(), other.id()), dean))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("review.conflict.agenda"));

		MeetingView meeting = this.reviews.scheduleMeeting("GM1-DOC", LocalDate.now(),
				List.of(aboutDean.id(), other.id()), secretary);
		List<String> everyone = this.reviews.membersOf(meeting).stream().map(AttendanceView::fullName).toList();
		assertThatThrownBy(() -> this.reviews.recordAttendance(meeting.id(), everyone, dean)).isInstanceOfSatisfying(
				Refused.class, ex -> assertThat(ex.messageKey()).isEqualTo("review.conflict.attendance"));
		assertThatThrownBy(() -> this.reviews.updateAgenda(meeting.id(), List.of(other.id()), dean))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("review.conflict.agenda"));

		// only the subject present for the item: no decision on it
		this.reviews.recordAttendance(meeting.id(), List.of(dean.fullName()), secretary);
		NewDecision decision = new NewDecision(Outcome.NOT_SATISFIED, "Дәлелдер расталмады.", List.of(), false, null,
				null);
		assertThatThrownBy(() -> this.reviews.decide(meeting.id(), aboutDean.id(), decision, deputy))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("review.conflict.nobodyPresent"));
		this.reviews.recordAttendance(meeting.id(), everyone, secretary);

		// the chair cannot decide it (for her the appeal does not exist); the deputy
		// chair
		// presides and records it
		assertThatThrownBy(() -> this.reviews.decide(meeting.id(), aboutDean.id(), decision, dean))
			.isInstanceOf(NotFound.class);
		MeetingView asDeputy = this.reviews.meeting(meeting.id(), deputy);
		assertThat(this.conflicts.canDecide(deputy, asDeputy, aboutDean.id())).isTrue();
		assertThat(this.conflicts.canDecide(deputy, asDeputy, other.id())).isFalse();
		this.mvc.perform(as(get("/meetings/" + meeting.id() + "/items/" + aboutDean.id()), "member"))
			.andExpect(status().isOk());
		DecisionView decided = this.reviews.decide(meeting.id(), aboutDean.id(), decision, deputy);
		assertThat(decided.decidedBy()).isEqualTo(deputy.fullName());

		// the meeting page hides the item from the chair; the protocol is 404 for her
		String forDean = page("/meetings/" + meeting.id(), "dean");
		assertThat(forDean).contains(other.subject())
			.doesNotContain("/items/" + aboutDean.id())
			.doesNotContain("/appeals/" + aboutDean.id());
		assertThat(this.reviews.meeting(meeting.id(), dean).agenda()).containsExactly(other.id());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(as(get("/meetings/" + meeting.id() + "/protocol.pdf"), "secretary"))
				.andExpect(status().isOk()));
		this.mvc.perform(as(get("/meetings/" + meeting.id() + "/protocol.pdf"), "dean"))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(get("/appeals/" + aboutDean.id() + "/review"), "dean")).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("Conflict of interest, REV-7: a member recorded as subject gets 404 for the appeal's verification, does not see the item on the meeting page and gets 404 for its protocol")
	void memberAsSubjectIsKeptOutOfTheMeeting() throws Exception {
		CurrentUser secretary = this.fixtures.secretary();
		Appeal aboutMember = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.ASSESSMENT),
				"GM1-QAC");
		Appeal other = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.ASSESSMENT), "GM1-QAC");
		this.reviews.recordSubject(aboutMember.id(), null, "MEMBER", this.fixtures.dean());
		CurrentUser member = this.fixtures.user("member");
		assertThatThrownBy(() -> this.reviews.requestDocuments(aboutMember.id(), "Тіркеу бөлімі", "Ведомость",
				LocalDate.now().plusDays(3), member))
			.isInstanceOf(NotFound.class);
		MeetingView meeting = this.reviews.scheduleMeeting("GM1-QAC", LocalDate.now(),
				List.of(aboutMember.id(), other.id()), secretary);
		this.reviews.recordAttendance(meeting.id(),
				this.reviews.membersOf(meeting).stream().map(AttendanceView::fullName).toList(), secretary);
		this.reviews.decide(meeting.id(), other.id(), new NewDecision(Outcome.PARTLY_SATISFIED, "Ішінара расталды.",
				List.of(ReviewFixtures.measure(false)), false, null, null), secretary);
		String forMember = page("/meetings/" + meeting.id(), "member");
		assertThat(forMember).contains(other.subject()).doesNotContain("/appeals/" + aboutMember.id());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(as(get("/meetings/" + meeting.id() + "/protocol.pdf"), "secretary"))
				.andExpect(status().isOk()));
		this.mvc.perform(as(get("/meetings/" + meeting.id() + "/protocol.pdf"), "member"))
			.andExpect(status().isNotFound());
		// nor under another appeal of the same meeting, which the member may see
		assertThat(this.appeals.get(other.id(), member)).isNotNull();
		this.mvc.perform(as(get("/appeals/" + other.id() + "/documents/protocol.pdf"), "secretary"))
			.andExpect(status().isOk());
		this.mvc.perform(as(get("/appeals/" + other.id() + "/documents/protocol.pdf"), "member"))
			.andExpect(status().isNotFound());
		assertThat(this.reviews.agendaOf(member)).filteredOn(m -> m.id().equals(meeting.id()))
			.allSatisfy(m -> assertThat(m.agenda()).doesNotContain(aboutMember.id()));
	}

	@Test
	@DisplayName("REV-7: an applicant gets 404 for an internal verification file by its URL, and their timeline shows only applicant-facing steps")
	void applicantsSeeOnlyWhatFacesThem() throws Exception {
		CurrentUser student = this.accounts.ensureAccount("it-conf-student", "secret", "Дана Құпиякова", Role.STUDENT,
				ReviewFixtures.SCHOOL, null, null);
		Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(student.id(), ReviewFixtures.SCHOOL),
				List.of());
		this.reviews.recordSubject(appeal.id(), null, "secretary", this.fixtures.dean());
		this.reviews.route(appeal.id(), "GM1-QAC", "member", this.fixtures.dean());
		RequestView request = this.reviews.requestDocuments(appeal.id(), "Тіркеу бөлімі", "Ведомость",
				LocalDate.now().plusDays(3), this.fixtures.dean());
		this.reviews.attachResponse(request.id(), "Ведомость қоса беріледі",
				new IncomingFile("vedomost.pdf",
						"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
				this.fixtures.dean());
		String url = "/appeals/" + appeal.id() + "/review/requests/" + request.id() + "/file";
		this.mvc.perform(as(get(url), "dean")).andExpect(status().isOk());
		this.mvc.perform(as(get(url), "it-conf-student")).andExpect(status().isNotFound());

		String timeline = page("/appeals/" + appeal.id() + "?lang=en", "it-conf-student");
		assertThat(timeline).contains("Sent to a collegial body")
			.doesNotContain("Documents requested")
			.doesNotContain("Response attached")
			.doesNotContain("Subject recorded")
			.doesNotContain("Әлімжанов")
			.doesNotContain("Егорова");
		assertThat(page("/appeals/" + appeal.id() + "?lang=en", "dean")).contains("Documents requested")
			.contains("Subject recorded");
	}

	@Test
	@DisplayName("Conflict of interest: the refusals are localized in kk, ru and en")
	void refusalsAreLocalized() {
		for (String key : List.of("review.conflict.agenda", "review.conflict.attendance",
				"review.conflict.nobodyPresent", "review.subject.unknownAccount")) {
			String kk = this.messages.getMessage(key, null, Locale.forLanguageTag("kk"));
			String ru = this.messages.getMessage(key, null, Locale.forLanguageTag("ru"));
			String en = this.messages.getMessage(key, null, Locale.ENGLISH);
			assertThat(List.of(kk, ru, en)).doesNotHaveDuplicates().noneMatch(text -> text.equals(key));
		}
	}

}
