package kz.otinish.intake.web;

import java.util.List;
import java.util.Locale;

import kz.otinish.organization.Organization;

import org.springframework.stereotype.Component;

/** The schools an appeal can concern, named in the reader's language, for selects. */
@Component
class SchoolOptions {

	record Option(String code, String name) {
	}

	private final Organization organization;

	private final java.util.Set<String> known = java.util.concurrent.ConcurrentHashMap.newKeySet();

	SchoolOptions(Organization organization) {
		this.organization = organization;
	}

	List<Option> all(Locale locale) {
		return this.organization.schools()
			.stream()
			.map(school -> new Option(school.code(), school.name(locale)))
			.toList();
	}

	/**
	 * Whether the organization has a school of this code (else its appeal would belong to
	 * no dean).
	 */
	boolean exists(String code) {
		// once seen, a school is known for the node's life (schools are not deleted): the
		// API's registration asks the database once per school, not per appeal
		// (docs/operations.md, "Registration cost")
		if (this.known.contains(code)) {
			return true;
		}
		boolean exists = this.organization.school(code).isPresent();
		if (exists) {
			this.known.add(code);
		}
		return exists;
	}

	String name(String code, Locale locale) {
		return this.organization.school(code).map(school -> school.name(locale)).orElse(code);
	}

}
