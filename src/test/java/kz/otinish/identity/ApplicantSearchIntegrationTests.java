package kz.otinish.identity;

import kz.otinish.OtinishIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@OtinishIntegrationTest
class ApplicantSearchIntegrationTests {

	@Autowired
	Accounts accounts;

	CurrentUser registrar;

	CurrentUser deansOffice;

	CurrentUser student;

	@BeforeEach
	void people() {
		this.registrar = this.accounts.ensureAccount("it-search-registrar", "secret", "Тіркеуші Іздеу", Role.REGISTRAR,
				null, null, null);
		this.deansOffice = this.accounts.ensureAccount("it-search-office", "secret", "Деканат Іздеу", Role.DEANS_OFFICE,
				"GM1", null, null);
		this.student = this.accounts.ensureAccount("it-search-student-gm1", "secret", "Іздеуқызы Айым GM1",
				Role.STUDENT, "GM1", "aiym@example.kz", "+77010000001");
		this.accounts.ensureAccount("it-search-student-dent", "secret", "Іздеуқызы Дана DENT", Role.STUDENT, "DENT",
				"dana@example.kz", "+77010000002");
		this.accounts.ensureAccount("it-search-rep", "secret", "Іздеуқызы Өкіл", Role.REPRESENTATIVE, null, null, null);
	}

	@Test
	@DisplayName("INT-6: the directory search takes % and _ literally instead of listing everyone")
	void wildcardsAreLiteral() {
		assertThat(this.accounts.findApplicants("%%", 50, this.registrar)).isEmpty();
		assertThat(this.accounts.findApplicants("__", 50, this.registrar)).isEmpty();
		assertThat(this.accounts.findApplicants("Іздеуқызы", 50, this.registrar)).extracting(CurrentUser::username)
			.contains("it-search-student-gm1", "it-search-student-dent", "it-search-rep");
	}

	@Test
	@DisplayName("INT-6, INT-7: a dean's office finds its school's applicants and representatives; an applicant finds co-applicants of their own school only")
	void searchIsScoped() {
		assertThat(this.accounts.findApplicants("Іздеуқызы", 50, this.deansOffice)).extracting(CurrentUser::username)
			.contains("it-search-student-gm1", "it-search-rep")
			.doesNotContain("it-search-student-dent");
		assertThat(this.accounts.findApplicants("Іздеуқызы", 50, this.student)).extracting(CurrentUser::username)
			.contains("it-search-student-gm1")
			.doesNotContain("it-search-student-dent", "it-search-rep");
		CurrentUser dean = this.accounts.ensureAccount("it-search-dean", "secret", "Декан Іздеу", Role.DEAN, "GM1",
				null, null);
		assertThat(this.accounts.findApplicants("Іздеуқызы", 50, dean)).isEmpty();
	}

}
