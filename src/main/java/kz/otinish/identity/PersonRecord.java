package kz.otinish.identity;

import org.jspecify.annotations.Nullable;

/**
 * One person as the registrar's or HR's file states them, checked: a name, an external id
 * that keys re-imports, a school code known to the organization (or {@code null} for
 * staff of a university unit), and the fields of their kind.
 */
public record PersonRecord(String externalId, PersonKind kind, String fullName, @Nullable String schoolCode,
		@Nullable StudyLevel level, @Nullable String speciality, @Nullable Integer studyYear, @Nullable String jobTitle,
		@Nullable String email, @Nullable String phone) {
}
