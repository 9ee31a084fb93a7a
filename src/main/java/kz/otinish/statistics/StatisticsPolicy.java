package kz.otinish.statistics;

import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees which schools' counts (STAT-1): analysts, officials and the records office see
 * every school, a dean or dean's office their own; anybody else sees none.
 */
@Component
class StatisticsPolicy {

	/** The schools a reader's counts cover. */
	record Scope(boolean everySchool, CurrentUser reader) {

		boolean covers(String schoolCode) {
			return this.everySchool || this.reader.servesSchool(schoolCode);
		}

	}

	/** The reader's scope; refused when statistics are not theirs to see. */
	Scope scopeOf(CurrentUser user) {
		if (user.is(Role.ANALYST) || user.is(Role.OFFICIAL) || user.is(Role.REGISTRAR)) {
			return new Scope(true, user);
		}
		if (user.is(Role.DEAN) || user.is(Role.DEANS_OFFICE)) {
			return new Scope(false, user);
		}
		throw new AccessDeniedException("statistics are for analysts, officials and deans");
	}

}
