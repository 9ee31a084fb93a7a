package kz.otinish.appeal;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kz.otinish.shared.Refused;

/**
 * INT-6: the identity document shown when a written application is handed in. Only its
 * type and the last four characters of its number are kept.
 */
@Embeddable
public class IdentityDocument {

	/** The kinds of document the desk accepts. */
	public enum Type {

		ID_CARD, PASSPORT, RESIDENCE_PERMIT, OTHER

	}

	@Enumerated(EnumType.STRING)
	@Column(name = "identity_document_type")
	private Type type;

	@Column(name = "identity_document_number")
	private String maskedNumber;

	protected IdentityDocument() {
	}

	private IdentityDocument(Type type, String maskedNumber) {
		this.type = type;
		this.maskedNumber = maskedNumber;
	}

	/** Masks the number at once: nothing but the last four characters is ever stored. */
	public static IdentityDocument shown(Type type, String number) {
		String compact = number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		if (compact.length() < 4 || compact.length() > 30 || !compact.matches("[\\p{L}\\p{N}-]+")) {
			throw new Refused("appeal.paper.documentNumber.invalid");
		}
		return new IdentityDocument(type, "•".repeat(compact.length() - 4) + compact.substring(compact.length() - 4));
	}

	public Type type() {
		return this.type;
	}

	public String maskedNumber() {
		return this.maskedNumber;
	}

}
