package kz.otinish.documents;

import java.util.Arrays;
import java.util.Locale;

import kz.otinish.shared.NotFound;

/**
 * The documents issued for an appeal and stored (sop.md TERM-7 receipt, DL-3, INT-4,
 * DL-2, the answer, protocols, REV-6 orders). Each is addressed by its {@link #slug()} in
 * URLs; labels are {@code documents.kind.*}. The first three are made from the appeal;
 * the others from data another module {@linkplain #supplied() supplies}.
 */
public enum DocumentKind {

	/** TERM-7: the registration receipt (талон) with the tracking QR code. */
	RECEIPT("receipt", "pdf/receipt"),
	/**
	 * DL-3: the letter returning an application without consideration, with the dean's
	 * explanation.
	 */
	RETURN_LETTER("return-letter", "pdf/return-letter"),
	/** INT-4: the letter forwarding an anonymous report to a state body. */
	STATE_BODY_LETTER("state-body-letter", "pdf/state-body-letter"),
	/** DL-2: the notice of an extended consideration period ({@link ExtensionNotice}). */
	EXTENSION_NOTICE("extension-notice", "pdf/extension-notice"),
	/** Law 221 art. 10, DL-4: the answer ({@link AnswerLetter}). */
	ANSWER("answer", "pdf/answer"),
	/** The minutes of a body's meeting ({@link MeetingProtocol}). */
	PROTOCOL("protocol", "pdf/protocol"),
	/**
	 * REV-6: the dean's order forming an extended commission ({@link CommissionOrder}).
	 */
	COMMISSION_ORDER("commission-order", "pdf/commission-order");

	private final String slug;

	private final String template;

	DocumentKind(String slug, String template) {
		this.slug = slug;
		this.template = template;
	}

	public String slug() {
		return this.slug;
	}

	/**
	 * Whether another module supplies this document's data (it cannot be made from the
	 * appeal alone, so it is available once issued).
	 */
	public boolean supplied() {
		return ordinal() > STATE_BODY_LETTER.ordinal();
	}

	/**
	 * Whether the applicant gets it: the letters addressed to them, not the staff's
	 * papers (a protocol names other appeals; the REV-6 order is internal).
	 */
	public boolean forApplicant() {
		return this == RECEIPT || this == RETURN_LETTER || this == EXTENSION_NOTICE || this == ANSWER;
	}

	String template() {
		return this.template;
	}

	public static DocumentKind ofSlug(String slug) {
		String wanted = slug.toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(kind -> kind.slug.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new NotFound("documents.notFound"));
	}

}
