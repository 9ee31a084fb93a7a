package kz.otinish.organization;

import java.util.List;
import java.util.UUID;

import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which bodies a person sits in and which official posts they hold, by account: the
 * organization's members and officials point at accounts (by id when chosen from the
 * directory, by username when named in the organization file). A person may be dean of a
 * school and a member of the Ethics Council at once.
 */
@Service
public class BodyMemberships {

	private final JdbcClient jdbc;

	private final Organization organization;

	private final Accounts accounts;

	BodyMemberships(JdbcClient jdbc, Organization organization, Accounts accounts) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.accounts = accounts;
	}

	/** A seat in a body: the body and the role in it. */
	public record Membership(BodyView body, MemberRole role) {
	}

	/**
	 * The bodies this account sits in, with its role in each, in the organization's
	 * order.
	 */
	@Transactional(readOnly = true)
	public List<Membership> membershipsOf(UUID accountId) {
		String username = this.accounts.byId(accountId).map(CurrentUser::username).orElse("");
		return this.jdbc.sql("""
				select b.code, m.member_role from body_member m join body b on b.id = m.body_id
				where m.account_id = :id or (m.account_id is null and m.account = :username)
				order by b.sort_order, m.sort_order""")
			.param("id", accountId)
			.param("username", username)
			.query((rs, row) -> new Object[] { rs.getString(1), MemberRole.valueOf(rs.getString(2)) })
			.list()
			.stream()
			.flatMap(found -> this.organization.body((String) found[0])
				.map(body -> new Membership(body, (MemberRole) found[1]))
				.stream())
			.toList();
	}

	/** The official posts (dean, vice-rector, rector) this account holds. */
	@Transactional(readOnly = true)
	public List<OfficialView> positionsOf(UUID accountId) {
		String username = this.accounts.byId(accountId).map(CurrentUser::username).orElse("");
		return this.jdbc.sql("""
				select code from official where account_id = :id or (account_id is null and account = :username)
				order by sort_order, code""")
			.param("id", accountId)
			.param("username", username)
			.query(String.class)
			.list()
			.stream()
			.flatMap(code -> this.organization.official(code).stream())
			.toList();
	}

}
