package kz.otinish.review;

import org.jspecify.annotations.Nullable;

/** A member of an extended commission and whom they represent (REV-6). */
public record CommissionMember(MemberKind kind, String fullName, @Nullable String represents) {
}
