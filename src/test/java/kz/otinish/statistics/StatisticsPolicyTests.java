package kz.otinish.statistics;

import java.util.UUID;

import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StatisticsPolicyTests {

	final StatisticsPolicy policy = new StatisticsPolicy();

	@Test
	@DisplayName("STAT-1: analysts, officials and the records office see every school")
	void everySchool() {
		for (Role role : new Role[] { Role.ANALYST, Role.OFFICIAL, Role.REGISTRAR }) {
			StatisticsPolicy.Scope scope = this.policy.scopeOf(user(role, null));
			assertThat(scope.everySchool()).as(role.name()).isTrue();
			assertThat(scope.covers("PHARM")).as(role.name()).isTrue();
		}
	}

	@Test
	@DisplayName("STAT-1: a dean or dean's office sees their own school only")
	void ownSchool() {
		for (Role role : new Role[] { Role.DEAN, Role.DEANS_OFFICE }) {
			StatisticsPolicy.Scope scope = this.policy.scopeOf(user(role, "GM1"));
			assertThat(scope.everySchool()).as(role.name()).isFalse();
			assertThat(scope.covers("GM1")).as(role.name()).isTrue();
			assertThat(scope.covers("PHARM")).as(role.name()).isFalse();
		}
	}

	@Test
	@DisplayName("STAT-1: applicants see no statistics")
	void applicantsNone() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.policy.scopeOf(user(Role.STUDENT, "GM1")));
	}

	static CurrentUser user(Role role, String school) {
		return new CurrentUser(UUID.randomUUID(), "u", "User", role, school, null, null);
	}

}
