package kz.otinish.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization module's façade: the university, its schools and their collegial
 * bodies with members, the Ethics Council, the units of an extended commission and the
 * officials with their escalation chain (sop.md REV-1..REV-6, DL-4). Read-only for other
 * modules; names are localized with the views' {@code name(Locale)}.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

	private static final String BODY_COLUMNS = "id, code, body_type, school_code, name_kk, name_ru, name_en, email";

	private static final String MEMBER_COLUMNS = "m.id, b.code as body_code, m.member_role, m.full_name, m.position_kk, "
			+ "m.position_ru, m.position_en, m.email, m.account";

	private static final String OFFICIAL_COLUMNS = "code, official_position, school_code, full_name, email, phone, account, reports_to";

	private static final String UNIT_COLUMNS = "code, kind, name_kk, name_ru, name_en, email, contact_full_name, "
			+ "contact_position_kk, contact_position_ru, contact_position_en";

	private final JdbcClient jdbc;

	Organization(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The university: names, address, corporate e-mail. */
	public UniversityView university() {
		return this.jdbc
			.sql("select code, name_kk, name_ru, name_en, address_kk, address_ru, address_en, email from university")
			.query((rs, row) -> new UniversityView(rs.getString("code"), text(rs, "name"), text(rs, "address"),
					rs.getString("email")))
			.list()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the organization is not loaded"));
	}

	/** The schools and faculties, in the order of the organization file. */
	public List<SchoolView> schools() {
		return this.jdbc.sql("select code, name_kk, name_ru, name_en, email from school order by sort_order, code")
			.query(Organization::school)
			.list();
	}

	public Optional<SchoolView> school(String code) {
		return this.jdbc.sql("select code, name_kk, name_ru, name_en, email from school where code = :code")
			.param("code", code)
			.query(Organization::school)
			.optional();
	}

	/**
	 * Every collegial body: the schools' bodies, then the university-wide Ethics Council.
	 */
	public List<BodyView> bodies() {
		return this.jdbc.sql("select " + BODY_COLUMNS + " from body order by sort_order, code")
			.query(Organization::body)
			.list();
	}

	/** A school's dean's office council, QAC and EPC (sop.md REV-1). */
	public List<BodyView> bodiesOf(String schoolCode) {
		return this.jdbc
			.sql("select " + BODY_COLUMNS + " from body where school_code = :school order by sort_order, code")
			.param("school", schoolCode)
			.query(Organization::body)
			.list();
	}

	/**
	 * The school's body of a type; for {@link BodyType#ETHICS_COUNCIL} use
	 * {@link #ethicsCouncil()}.
	 */
	public Optional<BodyView> body(String schoolCode, BodyType type) {
		return bodiesOf(schoolCode).stream().filter(body -> body.type() == type).findFirst();
	}

	/** The university's Ethics Council (sop.md REV-5). */
	public BodyView ethicsCouncil() {
		return this.jdbc.sql("select " + BODY_COLUMNS + " from body where body_type = :type order by sort_order")
			.param("type", BodyType.ETHICS_COUNCIL.name())
			.query(Organization::body)
			.list()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the organization has no Ethics Council"));
	}

	public Optional<BodyView> body(UUID id) {
		return this.jdbc.sql("select " + BODY_COLUMNS + " from body where id = :id")
			.param("id", id)
			.query(Organization::body)
			.optional();
	}

	public Optional<BodyView> body(String code) {
		return this.jdbc.sql("select " + BODY_COLUMNS + " from body where code = :code")
			.param("code", code)
			.query(Organization::body)
			.optional();
	}

	/**
	 * A body's members: chair first, then secretary, then the others, in the file's
	 * order.
	 */
	public List<MemberView> membersOf(BodyView body) {
		return membersOf(body.code());
	}

	public List<MemberView> membersOf(String bodyCode) {
		return this.jdbc.sql("select " + MEMBER_COLUMNS
				+ " from body_member m join body b on b.id = m.body_id where b.code = :code"
				+ " order by case m.member_role when 'CHAIR' then 0 when 'SECRETARY' then 1 when 'DEPUTY_CHAIR' then 2 else 3 end, m.sort_order")
			.param("code", bodyCode)
			.query(Organization::member)
			.list();
	}

	/**
	 * The members of these bodies who have an Otinish account, each account once, by
	 * name: the people an appeal of these bodies can be assigned to (REV-1).
	 */
	public List<MemberView> accountsOf(Collection<String> bodyCodes) {
		if (bodyCodes.isEmpty()) {
			return List.of();
		}
		Map<String, MemberView> byAccount = new LinkedHashMap<>();
		this.jdbc
			.sql("select " + MEMBER_COLUMNS
					+ " from body_member m join body b on b.id = m.body_id where b.code in (:codes)"
					+ " and m.account is not null order by m.full_name, b.code")
			.param("codes", bodyCodes)
			.query(Organization::member)
			.list()
			.forEach(member -> byAccount.putIfAbsent(member.account(), member));
		return List.copyOf(byAccount.values());
	}

	/**
	 * The bodies in which the account with this username sits (as chair, deputy chair,
	 * secretary or member).
	 */
	public List<BodyView> bodiesOfAccount(String username) {
		return this.jdbc.sql("select " + BODY_COLUMNS
				+ " from body where id in (select body_id from body_member where account = :account) order by sort_order")
			.param("account", username)
			.query(Organization::body)
			.list();
	}

	/** Deans, vice-rector(s) and rector, in the order of the organization file. */
	public List<OfficialView> officials() {
		return this.jdbc.sql("select " + OFFICIAL_COLUMNS + " from official order by sort_order, code")
			.query(Organization::official)
			.list();
	}

	public Optional<OfficialView> official(String code) {
		return this.jdbc.sql("select " + OFFICIAL_COLUMNS + " from official where code = :code")
			.param("code", code)
			.query(Organization::official)
			.optional();
	}

	/** The official whose Otinish account has this username. */
	public Optional<OfficialView> officialOfAccount(String username) {
		return this.jdbc
			.sql("select " + OFFICIAL_COLUMNS + " from official where account = :account order by sort_order")
			.param("account", username)
			.query(Organization::official)
			.list()
			.stream()
			.findFirst();
	}

	/** The dean of a school: first to consider every application to it (sop.md REV-1). */
	public Optional<OfficialView> dean(String schoolCode) {
		return this.jdbc.sql("select " + OFFICIAL_COLUMNS
				+ " from official where official_position = :position and school_code = :school order by sort_order")
			.param("position", OfficialPosition.DEAN.name())
			.param("school", schoolCode)
			.query(Organization::official)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * The rector: the top of the escalation chain, addressee of applications to the
	 * university.
	 */
	public Optional<OfficialView> rector() {
		return officials().stream().filter(official -> official.position() == OfficialPosition.RECTOR).findFirst();
	}

	/**
	 * The official a complaint against this one goes to (sop.md DL-4); empty at the top.
	 */
	public Optional<OfficialView> higherOfficial(OfficialView of) {
		String higher = of.reportsTo();
		return higher == null ? Optional.empty() : official(higher);
	}

	/**
	 * The official to whom holders of a position report: a dean's is the vice-rector, the
	 * vice-rector's the rector, the rector has none.
	 */
	public Optional<OfficialView> higherOfficial(OfficialPosition ofPosition) {
		return officials().stream()
			.filter(official -> official.position() == ofPosition)
			.findFirst()
			.flatMap(this::higherOfficial);
	}

	/**
	 * A school's escalation chain, from its dean up to the top (for a school: dean →
	 * vice-rector → rector).
	 */
	public List<OfficialView> escalationChain(String schoolCode) {
		List<OfficialView> chain = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Optional<OfficialView> current = dean(schoolCode);
		while (current.isPresent() && seen.add(current.get().code())) {
			chain.add(current.get());
			current = higherOfficial(current.get());
		}
		return chain;
	}

	/**
	 * The units whose employees sit on extended commissions, and the records office
	 * (REV-6, INT-2).
	 */
	public List<UnitView> units() {
		return this.jdbc.sql("select " + UNIT_COLUMNS + " from unit order by sort_order, code")
			.query(Organization::unit)
			.list();
	}

	public Optional<UnitView> unit(UnitKind kind) {
		return this.jdbc.sql("select " + UNIT_COLUMNS + " from unit where kind = :kind order by sort_order")
			.param("kind", kind.name())
			.query(Organization::unit)
			.list()
			.stream()
			.findFirst();
	}

	public Optional<UnitView> unit(String code) {
		return this.jdbc.sql("select " + UNIT_COLUMNS + " from unit where code = :code")
			.param("code", code)
			.query(Organization::unit)
			.optional();
	}

	private static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
		return new LocalizedText(rs.getString(prefix + "_kk"), rs.getString(prefix + "_ru"),
				rs.getString(prefix + "_en"));
	}

	private static SchoolView school(ResultSet rs, int row) throws SQLException {
		return new SchoolView(rs.getString("code"), text(rs, "name"), rs.getString("email"));
	}

	private static BodyView body(ResultSet rs, int row) throws SQLException {
		return new BodyView(rs.getObject("id", UUID.class), rs.getString("code"),
				BodyType.valueOf(rs.getString("body_type")), rs.getString("school_code"), text(rs, "name"),
				rs.getString("email"));
	}

	private static MemberView member(ResultSet rs, int row) throws SQLException {
		return new MemberView(rs.getObject("id", UUID.class), rs.getString("body_code"),
				MemberRole.valueOf(rs.getString("member_role")), rs.getString("full_name"), text(rs, "position"),
				rs.getString("email"), rs.getString("account"));
	}

	private static OfficialView official(ResultSet rs, int row) throws SQLException {
		return new OfficialView(rs.getString("code"), OfficialPosition.valueOf(rs.getString("official_position")),
				rs.getString("school_code"), rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
				rs.getString("account"), rs.getString("reports_to"));
	}

	private static UnitView unit(ResultSet rs, int row) throws SQLException {
		@Nullable String contactKk = rs.getString("contact_position_kk");
		@Nullable LocalizedText contactPosition = contactKk == null ? null : text(rs, "contact_position");
		return new UnitView(rs.getString("code"), UnitKind.valueOf(rs.getString("kind")), text(rs, "name"),
				rs.getString("email"), rs.getString("contact_full_name"), contactPosition);
	}

}
