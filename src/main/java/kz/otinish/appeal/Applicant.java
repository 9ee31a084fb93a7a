package kz.otinish.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * The person an appeal is for, with every field of Appendix 1 (students) or Appendix 2
 * (teaching staff). An anonymous appeal (TERM-5) has no name and no address.
 */
@Embeddable
public class Applicant {

	@Enumerated(EnumType.STRING)
	@Column(name = "applicant_type", nullable = false)
	private ApplicantType type;

	@Column(name = "applicant_name")
	private @Nullable String fullName;

	@Enumerated(EnumType.STRING)
	@Column(name = "level_of_study")
	private @Nullable LevelOfStudy levelOfStudy;

	private @Nullable String speciality;

	@Column(name = "year_of_study")
	private @Nullable Integer yearOfStudy;

	@Enumerated(EnumType.STRING)
	@Column(name = "study_language")
	private @Nullable StudyLanguage studyLanguage;

	@Enumerated(EnumType.STRING)
	private @Nullable Funding funding;

	@Enumerated(EnumType.STRING)
	@Column(name = "study_form")
	private @Nullable StudyForm studyForm;

	@Column(name = "workplace_position")
	private @Nullable String workplacePosition;

	private @Nullable String address;

	private @Nullable String phone;

	private @Nullable String email;

	protected Applicant() {
	}

	private Applicant(ApplicantType type, @Nullable String fullName, @Nullable String address, @Nullable String phone,
			@Nullable String email) {
		this.type = type;
		this.fullName = PlainText.clean(fullName);
		this.address = PlainText.clean(address);
		this.phone = PlainText.clean(phone);
		this.email = PlainText.clean(email);
	}

	/** Appendix 1. */
	public static Applicant student(String fullName, LevelOfStudy level, String speciality, int yearOfStudy,
			StudyLanguage language, Funding funding, StudyForm form, @Nullable String address, @Nullable String phone,
			@Nullable String email) {
		Applicant applicant = new Applicant(ApplicantType.STUDENT, fullName, address, phone, email);
		applicant.levelOfStudy = level;
		applicant.speciality = PlainText.clean(speciality);
		applicant.yearOfStudy = yearOfStudy;
		applicant.studyLanguage = language;
		applicant.funding = funding;
		applicant.studyForm = form;
		return applicant;
	}

	/** Appendix 2. */
	public static Applicant staff(String fullName, String workplacePosition, @Nullable String address,
			@Nullable String phone, @Nullable String email) {
		Applicant applicant = new Applicant(ApplicantType.STAFF, fullName, address, phone, email);
		applicant.workplacePosition = PlainText.clean(workplacePosition);
		return applicant;
	}

	/**
	 * Whatever is known of an author who may not be identifiable (e-mail, the Rector's
	 * blog).
	 */
	public static Applicant partial(ApplicantType type, @Nullable String fullName, @Nullable String address,
			@Nullable String phone, @Nullable String email) {
		return new Applicant(type, fullName, address, phone, email);
	}

	/**
	 * TERM-5: the same applicant with the author's name and a reply address: an e-mail
	 * address (with an {@code @}) or a postal address; what was known stays.
	 */
	Applicant identifiedAs(String fullName, @Nullable String replyAddress) {
		Applicant named = copy();
		named.fullName = PlainText.clean(fullName.strip());
		if (replyAddress != null && !replyAddress.isBlank()) {
			if (replyAddress.contains("@") && !replyAddress.strip().contains(" ")) {
				named.email = PlainText.clean(replyAddress.strip());
			}
			else {
				named.address = PlainText.clean(replyAddress.strip());
			}
		}
		return named;
	}

	private Applicant copy() {
		Applicant copy = new Applicant(this.type, this.fullName, this.address, this.phone, this.email);
		copy.levelOfStudy = this.levelOfStudy;
		copy.speciality = this.speciality;
		copy.yearOfStudy = this.yearOfStudy;
		copy.studyLanguage = this.studyLanguage;
		copy.funding = this.funding;
		copy.studyForm = this.studyForm;
		copy.workplacePosition = this.workplacePosition;
		return copy;
	}

	/**
	 * Retention: the same applicant without name, contacts, speciality or workplace; the
	 * type and study particulars stay for the statistics.
	 */
	Applicant anonymised() {
		Applicant wiped = new Applicant(this.type, null, null, null, null);
		wiped.levelOfStudy = this.levelOfStudy;
		wiped.yearOfStudy = this.yearOfStudy;
		wiped.studyLanguage = this.studyLanguage;
		wiped.funding = this.funding;
		wiped.studyForm = this.studyForm;
		return wiped;
	}

	/**
	 * TERM-5: no name (signature) and no postal address means the author cannot be
	 * established.
	 */
	public boolean isIdentifiable() {
		return this.fullName != null && !this.fullName.isBlank() && this.address != null && !this.address.isBlank();
	}

	public ApplicantType type() {
		return this.type;
	}

	public @Nullable String fullName() {
		return this.fullName;
	}

	public @Nullable LevelOfStudy levelOfStudy() {
		return this.levelOfStudy;
	}

	public @Nullable String speciality() {
		return this.speciality;
	}

	public @Nullable Integer yearOfStudy() {
		return this.yearOfStudy;
	}

	public @Nullable StudyLanguage studyLanguage() {
		return this.studyLanguage;
	}

	public @Nullable Funding funding() {
		return this.funding;
	}

	public @Nullable StudyForm studyForm() {
		return this.studyForm;
	}

	public @Nullable String workplacePosition() {
		return this.workplacePosition;
	}

	public @Nullable String address() {
		return this.address;
	}

	public @Nullable String phone() {
		return this.phone;
	}

	public @Nullable String email() {
		return this.email;
	}

}
