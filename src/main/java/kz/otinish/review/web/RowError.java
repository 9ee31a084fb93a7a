package kz.otinish.review.web;

import java.util.Map;
import java.util.UUID;

/**
 * Bad input in one of a page's per-row forms (a finding, a response, marking done): the
 * row, the field in error with its anchor, the message in the reader's language, and what
 * was typed, so that the page shows the GOV.UK error summary in that row and keeps it.
 */
record RowError(UUID rowId, String field, String anchor, String message, Map<String, String> typed) {

	public boolean on(UUID row) {
		return this.rowId.equals(row);
	}

	public boolean on(UUID row, String name) {
		return on(row) && this.field.equals(name);
	}

	public String typed(String name) {
		return this.typed.getOrDefault(name, "");
	}

}
