package kz.otinish.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account as an administrator sees it: the person, their role and school, whether they
 * may sign in, and where they came from. Never the password.
 */
public record AccountDetails(UUID id, String username, String fullName, Role role, @Nullable String schoolCode,
		@Nullable String email, @Nullable String phone, boolean enabled, @Nullable String externalId,
		@Nullable PersonKind kind, @Nullable StudyLevel level, @Nullable String speciality, @Nullable Integer studyYear,
		@Nullable String jobTitle, boolean localPassword, boolean mustChangePassword) {
}
