package kz.otinish.appeal.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement.TriageOptions;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** What the appeal page shows, decided once in {@link AppealPages}. */
class AppealPagesTests {

	private static final TriageOptions NONE = new TriageOptions(false, false, false);

	private final Urgency urgency = mock(Urgency.class);

	private final AppealPages pages = new AppealPages(this.urgency);

	@Test
	@DisplayName("INT-1: an appeal awaiting registration offers the registration button and no consideration link")
	void received() {
		AppealPage page = this.pages.of(appeal(AppealStatus.RECEIVED, ApplicantType.STUDENT), user(Role.REGISTRAR),
				NONE, false, false);
		assertThat(page.canRegister()).isTrue();
		assertThat(page.reviewLink()).isFalse();
		assertThat(page.studentDetails()).isTrue();
		assertThat(page.staffDetails()).isFalse();
		assertThat(page.answer().shown()).isFalse();
	}

	@Test
	@DisplayName("REV-1: staff see the consideration link once registered, as the next step while the appeal awaits triage; applicants never")
	void reviewLink() {
		Appeal triage = appeal(AppealStatus.IN_TRIAGE, ApplicantType.STAFF);
		AppealPage dean = this.pages.of(triage, user(Role.DEAN), new TriageOptions(true, false, true), true, false);
		assertThat(dean.reviewLink()).isTrue();
		assertThat(dean.reviewLinkPrimary()).isTrue();
		assertThat(dean.canRegister()).isFalse();
		assertThat(dean.canReturn()).isTrue();
		assertThat(dean.repeatedPanel()).isTrue();
		assertThat(dean.staffDetails()).isTrue();
		for (Role applicant : new Role[] { Role.STUDENT, Role.STAFF, Role.REPRESENTATIVE }) {
			assertThat(this.pages.of(triage, user(applicant), NONE, false, false).reviewLink()).isFalse();
		}
		assertThat(this.pages
			.of(appeal(AppealStatus.IN_REVIEW, ApplicantType.STUDENT), user(Role.BODY_SECRETARY), NONE, false, false)
			.reviewLinkPrimary()).isFalse();
		// registered, not yet opened by the dean: consideration is already the
		// dean's next step, not the registrar's (who cannot triage)
		Appeal registered = appeal(AppealStatus.REGISTERED, ApplicantType.STUDENT);
		assertThat(this.pages.of(registered, user(Role.DEAN), new TriageOptions(true, false, false), false, false)
			.reviewLinkPrimary()).isTrue();
		assertThat(this.pages.of(registered, user(Role.REGISTRAR), NONE, false, false).reviewLinkPrimary()).isFalse();
	}

	@Test
	@DisplayName("TERM-6: the repeated panel needs both the right to mark and an earlier appeal to choose")
	void repeatedPanel() {
		Appeal appeal = appeal(AppealStatus.REGISTERED, ApplicantType.STUDENT);
		TriageOptions mark = new TriageOptions(false, false, true);
		assertThat(this.pages.of(appeal, user(Role.REGISTRAR), mark, false, false).repeatedPanel()).isFalse();
		assertThat(this.pages.of(appeal, user(Role.REGISTRAR), NONE, true, false).repeatedPanel()).isFalse();
		assertThat(this.pages.of(appeal, user(Role.REGISTRAR), mark, true, false).repeatedPanel()).isTrue();
	}

	@Test
	@DisplayName("RES-1: the answer panel appears once decided, for a complaint or an overdue appeal; the applicant's link goes to the verdict")
	void answerLinks() {
		Appeal decided = appeal(AppealStatus.DECIDED, ApplicantType.STUDENT);
		assertThat(this.pages.of(decided, user(Role.STUDENT), NONE, false, false).answer())
			.isEqualTo(new AppealPage.AnswerLinks(true, false, true));
		assertThat(this.pages.of(decided, user(Role.DEAN), NONE, false, false).answer().toVerdict()).isFalse();
		Appeal open = appeal(AppealStatus.IN_REVIEW, ApplicantType.STUDENT);
		given(this.urgency.of(open)).willReturn("soon");
		assertThat(this.pages.of(open, user(Role.DEAN), NONE, false, false).answer().shown()).isFalse();
		assertThat(this.pages.of(open, user(Role.STUDENT), NONE, false, true).answer())
			.isEqualTo(new AppealPage.AnswerLinks(true, true, true));
		given(this.urgency.of(open)).willReturn("overdue");
		assertThat(this.pages.of(open, user(Role.DEAN), NONE, false, false).answer().shown()).isTrue();
		Appeal complaint = appeal(AppealStatus.REGISTERED, ApplicantType.STUDENT);
		given(complaint.kind()).willReturn(AppealKind.COMPLAINT);
		assertThat(this.pages.of(complaint, user(Role.DEAN), NONE, false, false).answer().shown()).isTrue();
	}

	@Test
	@DisplayName("The note of a final status shows only on a final appeal that has one; the DL-2 panel only with a due date")
	void finalNoteAndExtensions() {
		Appeal closed = appeal(AppealStatus.CLOSED, ApplicantType.STUDENT);
		given(closed.statusNote()).willReturn("note");
		assertThat(this.pages.of(closed, user(Role.DEAN), NONE, false, false).finalNote()).isTrue();
		Appeal open = appeal(AppealStatus.IN_REVIEW, ApplicantType.STUDENT);
		given(open.statusNote()).willReturn("note");
		given(open.dueOn()).willReturn(Optional.of(LocalDate.of(2026, 4, 3)));
		AppealPage page = this.pages.of(open, user(Role.DEAN), NONE, false, false);
		assertThat(page.finalNote()).isFalse();
		assertThat(page.extensionsPanel()).isTrue();
	}

	private static Appeal appeal(AppealStatus status, ApplicantType type) {
		Appeal appeal = mock(Appeal.class);
		Applicant applicant = mock(Applicant.class);
		given(applicant.type()).willReturn(type);
		given(appeal.applicant()).willReturn(applicant);
		given(appeal.status()).willReturn(status);
		given(appeal.kind()).willReturn(AppealKind.APPLICATION);
		given(appeal.dueOn()).willReturn(Optional.empty());
		return appeal;
	}

	private static CurrentUser user(Role role) {
		return new CurrentUser(UUID.randomUUID(), role.name().toLowerCase(), "Name", role, "GM1", null, null);
	}

}
