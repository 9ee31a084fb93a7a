package kz.otinish.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * INT-8: the legal representative who files for the applicant, why, and on what basis.
 */
@Embeddable
public class Representative {

	@Column(name = "representative_name")
	private String fullName;

	@Enumerated(EnumType.STRING)
	@Column(name = "representation_reason")
	private RepresentationReason reason;

	@Column(name = "representation_basis")
	private String basisDocument;

	protected Representative() {
	}

	public Representative(String fullName, RepresentationReason reason, String basisDocument) {
		this.fullName = PlainText.clean(fullName);
		this.reason = reason;
		this.basisDocument = PlainText.clean(basisDocument);
	}

	/** Retention: the reason stays, the person and the document are wiped. */
	Representative anonymised() {
		return new Representative(AppealParticulars.WIPED, this.reason, AppealParticulars.WIPED);
	}

	public String fullName() {
		return this.fullName;
	}

	public RepresentationReason reason() {
		return this.reason;
	}

	public String basisDocument() {
		return this.basisDocument;
	}

}
