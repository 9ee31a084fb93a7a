package kz.otinish.documents;

import java.util.Arrays;
import java.util.Locale;

import kz.otinish.shared.NotFound;

/**
 * The documents issued for an appeal and stored (sop.md TERM-7 receipt, DL-3, INT-4).
 * Each is addressed by its {@link #slug()} in URLs; labels are {@code documents.kind.*}.
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
	STATE_BODY_LETTER("state-body-letter", "pdf/state-body-letter");

	private final String slug;

	private final String template;

	DocumentKind(String slug, String template) {
		this.slug = slug;
		this.template = template;
	}

	public String slug() {
		return this.slug;
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
