package kz.otinish.people;

import kz.otinish.organization.Organization;
import kz.otinish.organization.SchoolView;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** A school code an administrator gives an account, checked against the organization. */
@Component
class KnownSchools {

	private final Organization organization;

	KnownSchools(Organization organization) {
		this.organization = organization;
	}

	/**
	 * The school's code, {@code null} for none; refused when the organization has no such
	 * school.
	 */
	@Nullable String code(@Nullable String school) {
		if (school == null || school.isBlank()) {
			return null;
		}
		return this.organization.school(school.strip())
			.map(SchoolView::code)
			.orElseThrow(() -> new Refused("people.users.schoolUnknown", school));
	}

}
