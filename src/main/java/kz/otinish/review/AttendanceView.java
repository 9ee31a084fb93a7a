package kz.otinish.review;

import org.jspecify.annotations.Nullable;

/**
 * One member's attendance at a meeting. {@code role} is CHAIR, SECRETARY or MEMBER or a
 * {@link MemberKind}.
 */
public record AttendanceView(String fullName, String role, @Nullable String account, boolean present) {
}
