package kz.otinish.blog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.BodyView;
import kz.otinish.organization.MemberView;
import kz.otinish.organization.OfficialView;
import kz.otinish.organization.Organization;

import org.springframework.stereotype.Component;

/**
 * The university's employees a blog post may name (INT-3): members of the schools'
 * collegial bodies, the officials (deans, vice-rectors, rector), and the accounts of
 * teaching staff and deans. An employee found in several places with the same school is
 * listed once.
 */
@Component
class StaffDirectory {

	private final Organization organization;

	private final Accounts accounts;

	StaffDirectory(Organization organization, Accounts accounts) {
		this.organization = organization;
		this.accounts = accounts;
	}

	List<Employee> employees() {
		Set<Employee> employees = new LinkedHashSet<>();
		for (OfficialView official : this.organization.officials()) {
			employees.add(new Employee(official.fullName(), official.schoolCode()));
		}
		// the schools' bodies and the university-wide Ethics Council (no school)
		for (BodyView body : this.organization.bodies()) {
			for (MemberView member : this.organization.membersOf(body)) {
				employees.add(new Employee(member.fullName(), body.schoolCode()));
			}
		}
		for (CurrentUser account : this.accounts.all()) {
			if (account.is(Role.STAFF) || account.is(Role.DEAN)) {
				employees.add(new Employee(account.fullName(), account.schoolCode()));
			}
		}
		return new ArrayList<>(employees);
	}

}
