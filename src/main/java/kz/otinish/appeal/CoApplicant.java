package kz.otinish.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** INT-7: a member of a group that files together with the lead applicant. */
@Embeddable
public class CoApplicant {

	@Column(name = "full_name", nullable = false)
	private String fullName;

	private @Nullable String contact;

	protected CoApplicant() {
	}

	public CoApplicant(String fullName, @Nullable String contact) {
		this.fullName = PlainText.clean(fullName);
		this.contact = PlainText.clean(contact);
	}

	/** Retention: a member of the group without name or contact. */
	CoApplicant anonymised() {
		return new CoApplicant(AppealParticulars.WIPED, null);
	}

	public String fullName() {
		return this.fullName;
	}

	public @Nullable String contact() {
		return this.contact;
	}

}
