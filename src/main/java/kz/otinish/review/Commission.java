package kz.otinish.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.otinish.appeal.AppealStatus;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

/**
 * REV-6: an extended commission, formed by the dean's order for one unresolved appeal and
 * chaired by the dean. It is never formed without every mandatory member for the
 * applicant's type.
 */
final class Commission {

	static final String FORUM_PREFIX = "COMMISSION:";

	private final UUID id;

	private final UUID appealId;

	private final @Nullable String schoolCode;

	private final String orderNumber;

	private final LocalDate orderDate;

	private final String chairName;

	private final String chairAccount;

	private final Instant formedAt;

	private final List<CommissionMember> members;

	Commission(UUID id, UUID appealId, @Nullable String schoolCode, String orderNumber, LocalDate orderDate,
			String chairName, String chairAccount, Instant formedAt, List<CommissionMember> members) {
		this.id = id;
		this.appealId = appealId;
		this.schoolCode = schoolCode;
		this.orderNumber = orderNumber;
		this.orderDate = orderDate;
		this.chairName = chairName;
		this.chairAccount = chairAccount;
		this.formedAt = formedAt;
		this.members = List.copyOf(members);
	}

	/**
	 * REV-6: forms the commission by the dean's order. Refused for an appeal not in
	 * review, a second commission, an order without a number, and without every mandatory
	 * member (the refusal names the missing kinds through {@code label}, in the reader's
	 * language). The chair is the dean; empty names and chair rows of the order are
	 * dropped.
	 */
	static Commission form(UUID appealId, @Nullable String schoolCode, AppealStatus status, boolean alreadyFormed,
			NewCommission order, List<MemberKind> mandatory, String chairName, String chairAccount, Instant now,
			Function<MemberKind, String> label) {
		if (status != AppealStatus.IN_REVIEW) {
			throw new Refused("review.commission.notInReview");
		}
		if (alreadyFormed) {
			throw new Refused("review.commission.exists");
		}
		if (Rows.blank(order.orderNumber())) {
			throw new Refused("review.commission.orderMissing");
		}
		List<CommissionMember> named = order.members()
			.stream()
			.filter(member -> !Rows.blank(member.fullName()) && member.kind() != MemberKind.CHAIR)
			.map(member -> new CommissionMember(member.kind(), member.fullName().strip(), member.represents()))
			.toList();
		List<MemberKind> missing = mandatory.stream()
			.filter(kind -> named.stream().noneMatch(member -> member.kind() == kind))
			.toList();
		if (!missing.isEmpty()) {
			throw new Refused("review.commission.missing",
					missing.stream().map(label).collect(Collectors.joining(", ")));
		}
		List<CommissionMember> members = new ArrayList<>();
		members.add(new CommissionMember(MemberKind.CHAIR, chairName, null));
		members.addAll(named);
		return new Commission(UUID.randomUUID(), appealId, schoolCode, order.orderNumber().strip(), order.orderDate(),
				chairName, chairAccount, now, members);
	}

	/** The forum key its protocols are numbered under. */
	String forumKey() {
		return FORUM_PREFIX + this.id;
	}

	/** The commission's id in a forum key, or {@code null} when the key names a body. */
	static @Nullable UUID idIn(String forumKey) {
		return forumKey.startsWith(FORUM_PREFIX) ? UUID.fromString(forumKey.substring(FORUM_PREFIX.length())) : null;
	}

	UUID id() {
		return this.id;
	}

	UUID appealId() {
		return this.appealId;
	}

	@Nullable String schoolCode() {
		return this.schoolCode;
	}

	String orderNumber() {
		return this.orderNumber;
	}

	LocalDate orderDate() {
		return this.orderDate;
	}

	String chairName() {
		return this.chairName;
	}

	String chairAccount() {
		return this.chairAccount;
	}

	Instant formedAt() {
		return this.formedAt;
	}

	List<CommissionMember> members() {
		return this.members;
	}

	CommissionView toView() {
		return new CommissionView(this.id, this.appealId, this.schoolCode, this.orderNumber, this.orderDate,
				this.chairName, this.chairAccount, this.formedAt, this.members);
	}

}
