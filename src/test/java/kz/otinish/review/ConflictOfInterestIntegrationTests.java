package kz.otinish.review;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Category;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Conflict of interest: a person an appeal is about can neither see nor handle it; when
 * it is the school's dean, triage goes to the next official up.
 */
@OtinishIntegrationTest
class ConflictOfInterestIntegrationTests {

	@Autowired
	AppealManagement appeals;

	@Autowired
	kz.otinish.appeal.AppealLists lists;

	@Autowired
	AppealAccessPolicy policy;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	ReviewFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
	}

	@Test
	@DisplayName("Conflict of interest: a teacher recorded as the subject cannot see the appeal (404, not in lists) nor be named executor")
	void subjectCannotSeeNorHandle() {
		CurrentUser dean = this.fixtures.dean();
		CurrentUser teacher = this.accounts.ensureAccount("it-coi-teacher", "secret", "Ибраев Айдос Темірұлы",
				Role.BODY_MEMBER, ReviewFixtures.SCHOOL, null, null);
		Appeal appeal = this.fixtures.studentAppeal(Category.TEACHING_QUALITY);
		assertThat(this.reviews.executors(appeal)).extracting(CurrentUser::username).contains("it-coi-teacher");
		this.reviews.recordSubject(appeal.id(), "Ибраев Айдос Темірұлы", "it-coi-teacher", dean);
		assertThatThrownBy(() -> this.appeals.get(appeal.id(), teacher)).isInstanceOf(NotFound.class);
		assertThat(this.lists.list(AppealFilter.none(), PageRequest.of(0, 1000), teacher).getContent())
			.extracting(Appeal::id)
			.doesNotContain(appeal.id());
		assertThat(this.reviews.executors(appeal)).extracting(CurrentUser::username).doesNotContain("it-coi-teacher");
		assertThatThrownBy(() -> this.reviews.route(appeal.id(), "GM1-QAC", "it-coi-teacher", dean))
			.isInstanceOf(kz.otinish.shared.Refused.class);
		// others still see it
		assertThat(this.appeals.get(appeal.id(), dean)).isNotNull();
	}

	@Test
	@DisplayName("Conflict of interest, REV-1: when the dean is the subject, triage goes to the next official up (vice-rector), and the dean can neither see nor route it")
	void deanAsSubjectSendsTriageUp() {
		CurrentUser dean = this.fixtures.dean();
		CurrentUser vicerector = this.fixtures.user("vicerector");
		CurrentUser deansOffice = this.accounts.ensureAccount("it-coi-deansoffice", "secret", "Деканат GM1",
				Role.DEANS_OFFICE, ReviewFixtures.SCHOOL, null, null);
		Appeal appeal = this.fixtures.studentAppeal(Category.EDUCATIONAL_PROCESS);
		this.reviews.recordSubject(appeal.id(), "Оспанова Шолпан Қайратқызы", null, deansOffice);
		Appeal recorded = this.appeals.find(appeal.id()).orElseThrow();
		assertThat(recorded.triageOfficial()).contains("VICE-RECTOR");
		assertThat(this.policy.canSee(dean, recorded)).isFalse();
		assertThat(this.policy.canTriage(dean, recorded)).isFalse();
		assertThat(this.policy.canTriage(vicerector, recorded)).isTrue();
		assertThatThrownBy(() -> this.reviews.route(appeal.id(), "GM1-DOC", "member", dean))
			.isInstanceOf(NotFound.class);
		assertThat(this.reviews.executors(recorded)).extracting(CurrentUser::username).doesNotContain("dean");
		this.reviews.route(appeal.id(), "GM1-DOC", "member", vicerector);
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.IN_REVIEW);
		assertThat(this.appeals.find(appeal.id()).orElseThrow().executorAccount()).contains("member");
	}

	@Test
	@DisplayName("REV-1: the dean routes with the executor chosen from the school's accounts; another school's dean gets 404")
	void routingIsTheDeansOwn() {
		CurrentUser otherDean = this.accounts.ensureAccount("it-coi-dean-dent", "secret", "Декан DENT", Role.DEAN,
				"DENT", null, null);
		Appeal appeal = this.fixtures.studentAppeal(Category.HOUSING);
		assertThat(this.reviews.routingOptions(appeal, this.fixtures.dean()).canRoute()).isTrue();
		assertThat(this.reviews.routingOptions(appeal, this.fixtures.dean()).suggested().code()).isEqualTo("GM1-DOC");
		assertThat(this.reviews.routingOptions(appeal, this.fixtures.secretary()).canRoute()).isFalse();
		assertThatThrownBy(() -> this.reviews.route(appeal.id(), "GM1-DOC", "member", otherDean))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.reviews.route(appeal.id(), "DENT-DOC", "member", this.fixtures.dean()))
			.isInstanceOf(kz.otinish.shared.Refused.class);
		RoutingView routing = this.reviews.route(appeal.id(), "GM1-DOC", "member", this.fixtures.dean());
		assertThat(routing.suggestedBodyCode()).isEqualTo("GM1-DOC");
		assertThat(routing.executorName()).isEqualTo("Егорова Анна Павловна");
	}

	@Test
	@DisplayName("Conflict of interest, REV-1: once triage went up, only the named official and those above them triage; another official and the school's dean never")
	void onlyTheNamedOfficialAndAboveTriage() {
		CurrentUser vicerector = this.fixtures.user("vicerector");
		CurrentUser rector = this.fixtures.user("rector");
		CurrentUser otherOfficial = this.accounts.ensureAccount("it-coi-official", "secret", "Басқа Лауазымды Тұлға",
				Role.OFFICIAL, null, null, null);
		CurrentUser otherDean = this.accounts.ensureAccount("it-coi-dean-gm2", "secret", "Декан GM2", Role.DEAN, "GM2",
				null, null);
		CurrentUser deansOffice = this.accounts.ensureAccount("it-coi-deansoffice", "secret", "Деканат GM1",
				Role.DEANS_OFFICE, ReviewFixtures.SCHOOL, null, null);
		Appeal appeal = this.fixtures.studentAppeal(Category.EDUCATIONAL_PROCESS);
		// the dean is the subject by name only: the dean's account is not a recorded
		// subject
		this.reviews.recordSubject(appeal.id(), "Оспанова Шолпан Қайратқызы", null, deansOffice);
		Appeal recorded = this.appeals.find(appeal.id()).orElseThrow();
		assertThat(recorded.triageOfficial()).contains("VICE-RECTOR");
		assertThat(this.policy.canTriage(vicerector, recorded)).isTrue();
		assertThat(this.policy.canTriage(rector, recorded)).isTrue();
		assertThat(this.policy.canTriage(otherOfficial, recorded)).isFalse();
		assertThat(this.policy.canTriage(this.fixtures.dean(), recorded)).isFalse();
		assertThat(this.policy.canTriage(otherDean, recorded)).isFalse();
		assertThat(this.policy.canExtend(otherOfficial, recorded)).isFalse();
		assertThatThrownBy(() -> this.reviews.route(appeal.id(), "GM1-DOC", "member", otherOfficial))
			.isInstanceOf(NotFound.class);
		assertThat(this.reviews.routingOptions(recorded, otherOfficial).canRoute()).isFalse();
		// the rector named: the vice-rector below is out
		this.appeals.performAt(appeal.id(), new AppealCommand.TriageBy("RECTOR"), TestSteps.SYSTEM,
				java.time.Instant.now());
		Appeal higher = this.appeals.find(appeal.id()).orElseThrow();
		assertThat(this.policy.canTriage(rector, higher)).isTrue();
		assertThat(this.policy.canTriage(vicerector, higher)).isFalse();
	}

}
