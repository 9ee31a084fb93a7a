package kz.otinish.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * REV-6: an extended commission, formed by the dean's order (number and date) for one
 * appeal, chaired by the dean; the members include the chair. For the letters module's
 * order.
 */
public record CommissionView(UUID id, UUID appealId, @Nullable String schoolCode, String orderNumber,
		LocalDate orderDate, String chairName, String chairAccount, Instant formedAt, List<CommissionMember> members) {

	/** The forum key its protocols are numbered under. */
	public String forumKey() {
		return "COMMISSION:" + this.id;
	}

}
