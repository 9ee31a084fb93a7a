package kz.otinish.intake.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.Funding;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.CoApplicant;
import kz.otinish.appeal.RepresentationReason;
import kz.otinish.appeal.Representative;
import kz.otinish.appeal.StudyForm;
import kz.otinish.appeal.StudyLanguage;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The portal's appeal form: Appendix 1 for a student, Appendix 2 for a member of staff,
 * and the appeal itself. A mutable bean so that the page keeps everything typed when it
 * shows what is wrong.
 */
class AppealForm {

	@NotNull
	private ApplicantType applicantType = ApplicantType.STUDENT;

	@NotNull
	private AppealKind kind = AppealKind.APPLICATION;

	@NotNull
	private Addressee addressee;

	@NotBlank
	private String schoolCode;

	@NotNull
	private Category category;

	@NotBlank
	@Size(max = 300)
	private String subject;

	@NotBlank
	@Size(max = 1_000_000)
	private String text;

	@NotNull
	private Language language = Language.KK;

	@NotBlank
	@Size(max = 300)
	private String fullName;

	private @Nullable LevelOfStudy levelOfStudy;

	@Size(max = 300)
	private @Nullable String speciality;

	@Min(1)
	@Max(7)
	private @Nullable Integer yearOfStudy;

	private @Nullable StudyLanguage studyLanguage;

	private @Nullable Funding funding;

	private @Nullable StudyForm studyForm;

	@Size(max = 300)
	private @Nullable String workplacePosition;

	@NotBlank
	@Size(max = 500)
	private String address;

	@NotBlank
	@Pattern(regexp = "^\\+?[0-9 ()\\-]{7,20}$")
	private String phone;

	@NotBlank
	@Email
	@Size(max = 320)
	private String email;

	private boolean confidential;

	/**
	 * Law No. 94-V: on the portal the applicant's consent (required); at the desk, that
	 * the applicant gave it on paper.
	 */
	private boolean consent;

	/**
	 * INT-8: set when a legal representative files; the representative is the signed-in
	 * user.
	 */
	private @Nullable RepresentationReason representationReason;

	@Size(max = 500)
	private @Nullable String basisDocument;

	private @Nullable String representativeName;

	/** INT-7: the other members of a group, one full name per line. */
	@Size(max = 5000)
	private @Nullable String coApplicants;

	/** Prefilled from the account: name and contacts, and Appendix 1 or 2 by role. */
	static AppealForm prefilledFor(CurrentUser user, Language language) {
		AppealForm form = new AppealForm();
		form.applicantType = user.role() == kz.otinish.identity.Role.STAFF ? ApplicantType.STAFF
				: ApplicantType.STUDENT;
		form.fullName = user.fullName();
		form.email = user.email();
		form.phone = user.phone();
		form.schoolCode = user.schoolCode();
		form.language = language;
		if (user.role() == kz.otinish.identity.Role.REPRESENTATIVE) {
			// the representative files for someone else: the applicant's details are
			// theirs to type
			form.representativeName = user.fullName();
			form.fullName = null;
			form.email = null;
			form.phone = null;
		}
		return form;
	}

	/**
	 * Checks that depend on whether Appendix 1 or Appendix 2 applies (INT-9), and INT-8
	 * for representatives.
	 */
	void validateAppendix(Errors errors) {
		if (this.representativeName != null) {
			rejectIfMissing(errors, "representationReason", this.representationReason);
			rejectIfMissing(errors, "basisDocument", blankToNull(this.basisDocument));
		}
		if (this.applicantType == ApplicantType.STUDENT) {
			rejectIfMissing(errors, "levelOfStudy", this.levelOfStudy);
			rejectIfMissing(errors, "speciality", blankToNull(this.speciality));
			rejectIfMissing(errors, "yearOfStudy", this.yearOfStudy);
			rejectIfMissing(errors, "studyLanguage", this.studyLanguage);
			rejectIfMissing(errors, "funding", this.funding);
			rejectIfMissing(errors, "studyForm", this.studyForm);
		}
		else {
			rejectIfMissing(errors, "workplacePosition", blankToNull(this.workplacePosition));
		}
	}

	private static void rejectIfMissing(Errors errors, String field, @Nullable Object value) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "NotBlank");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	NewAppeal toNewAppeal(CurrentUser user) {
		return toNewAppeal(Channel.PORTAL, user.id(), null);
	}

	NewAppeal toNewAppeal(Channel channel, @Nullable UUID owner, @Nullable String receivedBy) {
		Applicant applicant = this.applicantType == ApplicantType.STUDENT
				? Applicant.student(this.fullName.strip(), this.levelOfStudy, this.speciality.strip(), this.yearOfStudy,
						this.studyLanguage, this.funding, this.studyForm, this.address.strip(), this.phone.strip(),
						this.email.strip())
				: Applicant.staff(this.fullName.strip(), this.workplacePosition.strip(), this.address.strip(),
						this.phone.strip(), this.email.strip());
		Representative acting = this.representativeName == null || this.representationReason == null ? null
				: new Representative(this.representativeName, this.representationReason, this.basisDocument.strip());
		return new NewAppeal(this.kind, channel, applicant, false, this.confidential, acting, group(), this.schoolCode,
				this.addressee, this.category, this.subject, this.text, this.language, owner, receivedBy, null, null);
	}

	/**
	 * INT-7: adds a co-applicant found in the directory as a new line, unless already
	 * listed.
	 */
	void addCoApplicant(String fullName) {
		List<String> names = this.coApplicants == null ? List.of()
				: this.coApplicants.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (names.stream().noneMatch(name -> name.equalsIgnoreCase(fullName.strip()))) {
			this.coApplicants = String.join("\n",
					java.util.stream.Stream.concat(names.stream(), java.util.stream.Stream.of(fullName.strip()))
						.toList());
		}
	}

	/** INT-7: one co-applicant per non-empty line. */
	List<CoApplicant> group() {
		if (this.coApplicants == null) {
			return List.of();
		}
		return this.coApplicants.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.limit(50)
			.map(name -> new CoApplicant(name.length() > 300 ? name.substring(0, 300) : name, null))
			.toList();
	}

	public boolean isRepresentative() {
		return this.representativeName != null;
	}

	// accessors for data binding

	public @Nullable RepresentationReason getRepresentationReason() {
		return this.representationReason;
	}

	public void setRepresentationReason(@Nullable RepresentationReason representationReason) {
		this.representationReason = representationReason;
	}

	public @Nullable String getBasisDocument() {
		return this.basisDocument;
	}

	public void setBasisDocument(@Nullable String basisDocument) {
		this.basisDocument = basisDocument;
	}

	public @Nullable String getRepresentativeName() {
		return this.representativeName;
	}

	public void setRepresentativeName(@Nullable String representativeName) {
		this.representativeName = representativeName;
	}

	public @Nullable String getCoApplicants() {
		return this.coApplicants;
	}

	public void setCoApplicants(@Nullable String coApplicants) {
		this.coApplicants = coApplicants;
	}

	public ApplicantType getApplicantType() {
		return this.applicantType;
	}

	public void setApplicantType(ApplicantType applicantType) {
		this.applicantType = applicantType;
	}

	public AppealKind getKind() {
		return this.kind;
	}

	public void setKind(AppealKind kind) {
		this.kind = kind;
	}

	public Addressee getAddressee() {
		return this.addressee;
	}

	public void setAddressee(Addressee addressee) {
		this.addressee = addressee;
	}

	public String getSchoolCode() {
		return this.schoolCode;
	}

	public void setSchoolCode(String schoolCode) {
		this.schoolCode = schoolCode;
	}

	public Category getCategory() {
		return this.category;
	}

	public void setCategory(Category category) {
		this.category = category;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Language getLanguage() {
		return this.language;
	}

	public void setLanguage(Language language) {
		this.language = language;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public @Nullable LevelOfStudy getLevelOfStudy() {
		return this.levelOfStudy;
	}

	public void setLevelOfStudy(@Nullable LevelOfStudy levelOfStudy) {
		this.levelOfStudy = levelOfStudy;
	}

	public @Nullable String getSpeciality() {
		return this.speciality;
	}

	public void setSpeciality(@Nullable String speciality) {
		this.speciality = speciality;
	}

	public @Nullable Integer getYearOfStudy() {
		return this.yearOfStudy;
	}

	public void setYearOfStudy(@Nullable Integer yearOfStudy) {
		this.yearOfStudy = yearOfStudy;
	}

	public @Nullable StudyLanguage getStudyLanguage() {
		return this.studyLanguage;
	}

	public void setStudyLanguage(@Nullable StudyLanguage studyLanguage) {
		this.studyLanguage = studyLanguage;
	}

	public @Nullable Funding getFunding() {
		return this.funding;
	}

	public void setFunding(@Nullable Funding funding) {
		this.funding = funding;
	}

	public @Nullable StudyForm getStudyForm() {
		return this.studyForm;
	}

	public void setStudyForm(@Nullable StudyForm studyForm) {
		this.studyForm = studyForm;
	}

	public @Nullable String getWorkplacePosition() {
		return this.workplacePosition;
	}

	public void setWorkplacePosition(@Nullable String workplacePosition) {
		this.workplacePosition = workplacePosition;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	public void setConfidential(boolean confidential) {
		this.confidential = confidential;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
