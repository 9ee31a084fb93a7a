package kz.otinish.review;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import kz.otinish.appeal.ConsideringCommissions;
import kz.otinish.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * REV-6: who sits on an extended commission, for the appeal's access policy: its chair by
 * account, its members by the name the dean's order gives them (case and spacing
 * ignored), which the directory resolves to the account bearing it.
 */
@Component
class CommissionAudience implements ConsideringCommissions {

	private final JdbcClient jdbc;

	CommissionAudience(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> appealsConsideredBy(CurrentUser user) {
		String name = user.fullName().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return new HashSet<>(this.jdbc.sql("""
				select c.appeal_id from review_commission c where c.chair_account = :account
				  or exists (select 1 from review_commission_member m
				             where m.commission_id = c.id and lower(trim(m.full_name)) = :name)""")
			.param("account", user.username())
			.param("name", name)
			.query(UUID.class)
			.list());
	}

}
