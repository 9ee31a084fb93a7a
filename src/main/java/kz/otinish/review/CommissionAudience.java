package kz.otinish.review;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import kz.otinish.appeal.ConsideringCommissions;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * REV-6: who sits on an extended commission, for the appeal's access policy: its chair by
 * account, its members by the name the dean's order gives them (case and spacing
 * ignored), which is the name of the account, and the school's body secretaries, who run
 * its meetings ({@link Forums}).
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
		String name = normalized(user.fullName());
		// names are compared here, not in SQL: lower() of Kazakh letters depends on the
		// database's locale
		return this.jdbc.sql("""
				select c.appeal_id, c.chair_account, c.school_code, m.full_name from review_commission c
				  left join review_commission_member m on m.commission_id = c.id""")
			.query((rs, row) -> new Seat(rs.getObject("appeal_id", UUID.class), rs.getString("chair_account"),
					rs.getString("school_code"), rs.getString("full_name")))
			.list()
			.stream()
			.filter(seat -> user.username().equals(seat.chairAccount()) || name.equals(normalized(seat.memberName()))
					|| user.is(Role.BODY_SECRETARY) && user.servesSchool(seat.schoolCode()))
			.map(Seat::appealId)
			.collect(Collectors.toSet());
	}

	private static String normalized(@Nullable String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private record Seat(UUID appealId, @Nullable String chairAccount, @Nullable String schoolCode,
			@Nullable String memberName) {
	}

}
