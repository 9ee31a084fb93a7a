package kz.otinish.organization;

import org.jspecify.annotations.Nullable;

/**
 * A dean, vice-rector or rector. {@code reportsTo} is the code of the next higher
 * official in the escalation chain (sop.md DL-4), {@code null} for the top.
 * {@code schoolCode} is set for deans.
 */
public record OfficialView(String code, OfficialPosition position, @Nullable String schoolCode, String fullName,
		@Nullable String email, @Nullable String phone, @Nullable String account, @Nullable String reportsTo) {
}
