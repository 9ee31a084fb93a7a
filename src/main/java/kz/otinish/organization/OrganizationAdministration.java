package kz.otinish.organization;

import java.util.List;

import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins' edits of the organization. An edit leaves the row's file fingerprint as it was,
 * so the next start-up keeps the edit unless the file's entry for that record changes.
 */
@Service
class OrganizationAdministration {

	private final JdbcClient jdbc;

	private final Organization organization;

	OrganizationAdministration(JdbcClient jdbc, Organization organization) {
		this.jdbc = jdbc;
		this.organization = organization;
	}

	@Transactional
	void changeSchoolEmail(String schoolCode, String email) {
		int changed = this.jdbc.sql("update school set email = :email where code = :code")
			.param("email", email)
			.param("code", schoolCode)
			.update();
		if (changed == 0) {
			throw new NotFound("organization.notFound.school");
		}
	}

	/** Replaces a body's members; the body must keep exactly one chair. */
	@Transactional
	void replaceMembers(String bodyCode, List<OrganizationLoader.ResolvedMember> members) {
		BodyView body = this.organization.body(bodyCode).orElseThrow(() -> new NotFound("organization.notFound.body"));
		if (members.stream().filter(member -> member.role() == MemberRole.CHAIR).count() != 1) {
			throw new Refused("organization.refused.oneChair", body.code());
		}
		OrganizationLoader.replaceMembers(this.jdbc, body.id(), members);
	}

}
