package kz.otinish.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import kz.otinish.appeal.IdentityDocument;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * INT-6: a written application handed in at the desk: the appeal form plus the identity
 * document shown and when it was received.
 */
class PaperForm extends AppealForm {

	private @Nullable UUID applicantUserId;

	@NotNull
	private IdentityDocument.Type documentType = IdentityDocument.Type.ID_CARD;

	@NotBlank
	@Size(max = 30)
	private String documentNumber;

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime receivedTime;

	static PaperForm startingAt(Instant now, ZoneId zone, @Nullable CurrentUser applicant, Language language) {
		PaperForm form = new PaperForm();
		form.receivedOn = LocalDate.ofInstant(now, zone);
		form.receivedTime = LocalTime.ofInstant(now, zone).withSecond(0).withNano(0);
		form.setLanguage(language);
		if (applicant != null) {
			form.applicantUserId = applicant.id();
			form.setApplicantType(applicant.role() == Role.STAFF ? kz.otinish.appeal.ApplicantType.STAFF
					: kz.otinish.appeal.ApplicantType.STUDENT);
			form.setFullName(applicant.fullName());
			form.setEmail(applicant.email());
			form.setPhone(applicant.phone());
			form.setSchoolCode(applicant.schoolCode());
		}
		return form;
	}

	Instant receivedAt(ZoneId zone) {
		return this.receivedOn.atTime(this.receivedTime).atZone(zone).toInstant();
	}

	public @Nullable UUID getApplicantUserId() {
		return this.applicantUserId;
	}

	public void setApplicantUserId(@Nullable UUID applicantUserId) {
		this.applicantUserId = applicantUserId;
	}

	public IdentityDocument.Type getDocumentType() {
		return this.documentType;
	}

	public void setDocumentType(IdentityDocument.Type documentType) {
		this.documentType = documentType;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public LocalTime getReceivedTime() {
		return this.receivedTime;
	}

	public void setReceivedTime(LocalTime receivedTime) {
		this.receivedTime = receivedTime;
	}

}
