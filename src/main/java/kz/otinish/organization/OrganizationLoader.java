package kz.otinish.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the organization file into the database at start-up, upserting by code. A row is
 * rewritten only when its entry in the file changed since it was last loaded (the stored
 * fingerprint), so loading twice changes nothing and an admin's edit survives restarts
 * until the file's entry itself changes. Records that disappear from the file are kept:
 * appeals may refer to them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganizationLoader implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(OrganizationLoader.class);

	static final String BUNDLED = "organization/university.yml";

	private final JdbcClient jdbc;

	private final OrganizationSettings settings;

	OrganizationLoader(JdbcClient jdbc, OrganizationSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Changes changes = load();
		log.info("Organization loaded from " + source().getDescription() + ": " + changes);
	}

	Resource source() {
		String file = this.settings.file();
		return (file == null || file.isBlank()) ? new ClassPathResource(BUNDLED) : new FileSystemResource(file);
	}

	@Transactional
	Changes load() {
		return load(OrganizationFile.read(source()));
	}

	@Transactional
	Changes load(OrganizationFile file) {
		Changes changes = new Changes();
		loadUniversity(file.university(), changes);
		int order = 0;
		for (OrganizationFile.SchoolEntry school : file.schools()) {
			loadSchool(school, order++, changes);
		}
		order = 0;
		for (OrganizationFile.SchoolEntry school : file.schools()) {
			for (OrganizationFile.BodyEntry body : school.bodies()) {
				loadBody(file, body, school.code(), order++, changes);
			}
		}
		for (OrganizationFile.BodyEntry body : file.bodies()) {
			loadBody(file, body, null, order++, changes);
		}
		order = 0;
		for (OrganizationFile.UnitEntry unit : file.units()) {
			loadUnit(file, unit, order++, changes);
		}
		order = 0;
		for (OrganizationFile.OfficialEntry official : file.officials()) {
			loadOfficial(official, order++, changes);
		}
		return changes;
	}

	private void loadUniversity(OrganizationFile.UniversityEntry university, Changes changes) {
		String hash = OrganizationFile.fingerprint(university);
		Optional<String> stored = storedHash("university", university.code());
		if (stored.isEmpty()) {
			this.jdbc
				.sql("""
						insert into university (code, name_kk, name_ru, name_en, address_kk, address_ru, address_en, email, file_hash)
						values (:code, :nameKk, :nameRu, :nameEn, :addressKk, :addressRu, :addressEn, :email, :hash)""")
				.params(universityParams(university, hash))
				.update();
			changes.inserted++;
		}
		else if (!stored.get().equals(hash)) {
			this.jdbc
				.sql("""
						update university set name_kk = :nameKk, name_ru = :nameRu, name_en = :nameEn, address_kk = :addressKk,
						address_ru = :addressRu, address_en = :addressEn, email = :email, file_hash = :hash where code = :code""")
				.params(universityParams(university, hash))
				.update();
			changes.updated++;
		}
	}

	private static java.util.Map<String, Object> universityParams(OrganizationFile.UniversityEntry u, String hash) {
		return java.util.Map.of("code", u.code(), "nameKk", u.name().kk(), "nameRu", u.name().ru(), "nameEn",
				u.name().en(), "addressKk", u.address().kk(), "addressRu", u.address().ru(), "addressEn",
				u.address().en(), "email", u.email(), "hash", hash);
	}

	private void loadSchool(OrganizationFile.SchoolEntry school, int order, Changes changes) {
		String hash = OrganizationFile.fingerprint(school.code(), school.name(), school.email(), order);
		Optional<String> stored = storedHash("school", school.code());
		if (stored.isPresent() && stored.get().equals(hash)) {
			return;
		}
		String sql = stored.isEmpty() ? """
				insert into school (code, name_kk, name_ru, name_en, email, sort_order, file_hash)
				values (:code, :kk, :ru, :en, :email, :order, :hash)""" : """
				update school set name_kk = :kk, name_ru = :ru, name_en = :en, email = :email,
				sort_order = :order, file_hash = :hash where code = :code""";
		this.jdbc.sql(sql)
			.param("code", school.code())
			.param("kk", school.name().kk())
			.param("ru", school.name().ru())
			.param("en", school.name().en())
			.param("email", school.email())
			.param("order", order)
			.param("hash", hash)
			.update();
		changes.count(stored.isEmpty());
	}

	private void loadBody(OrganizationFile file, OrganizationFile.BodyEntry body, @Nullable String schoolCode,
			int order, Changes changes) {
		List<ResolvedMember> members = body.members()
			.stream()
			.map(m -> new ResolvedMember(m.role(), m.name(), file.position(m.position()), m.email(), m.account()))
			.toList();
		String hash = OrganizationFile.fingerprint(body.code(), body.type(), schoolCode, body.name(), body.email(),
				order, members);
		Optional<UUID> id = this.jdbc.sql("select id from body where code = :code")
			.param("code", body.code())
			.query(UUID.class)
			.optional();
		Optional<String> stored = storedHash("body", body.code());
		if (stored.isPresent() && stored.get().equals(hash)) {
			return;
		}
		UUID bodyId = id.orElseGet(UUID::randomUUID);
		String sql = id.isEmpty()
				? """
						insert into body (id, code, body_type, school_code, name_kk, name_ru, name_en, email, sort_order, file_hash)
						values (:id, :code, :type, :school, :kk, :ru, :en, :email, :order, :hash)"""
				: """
						update body set body_type = :type, school_code = :school, name_kk = :kk, name_ru = :ru,
						name_en = :en, email = :email, sort_order = :order, file_hash = :hash where id = :id and code = :code""";
		this.jdbc.sql(sql)
			.param("id", bodyId)
			.param("code", body.code())
			.param("type", body.type().name())
			.param("school", schoolCode)
			.param("kk", body.name().kk())
			.param("ru", body.name().ru())
			.param("en", body.name().en())
			.param("email", body.email())
			.param("order", order)
			.param("hash", hash)
			.update();
		replaceMembers(this.jdbc, bodyId, members);
		changes.count(id.isEmpty());
	}

	/**
	 * Replaces a body's members with the given ones, in order; shared with admin edits.
	 */
	static void replaceMembers(JdbcClient jdbc, UUID bodyId, List<ResolvedMember> members) {
		jdbc.sql("delete from body_member where body_id = :body").param("body", bodyId).update();
		int order = 0;
		for (ResolvedMember member : members) {
			jdbc.sql(
					"""
							insert into body_member (id, body_id, member_role, full_name, position_kk, position_ru, position_en,
							email, account, account_id, sort_order) values (:id, :body, :role, :name, :kk, :ru, :en, :email, :account, :accountId, :order)""")
				.param("id", UUID.randomUUID())
				.param("body", bodyId)
				.param("role", member.role().name())
				.param("name", member.fullName())
				.param("kk", member.position().kk())
				.param("ru", member.position().ru())
				.param("en", member.position().en())
				.param("email", member.email())
				.param("account", member.account())
				.param("accountId", member.accountId())
				.param("order", order++)
				.update();
		}
	}

	private void loadUnit(OrganizationFile file, OrganizationFile.UnitEntry unit, int order, Changes changes) {
		@Nullable LocalizedText contactPosition = unit.contact() == null ? null : file.position(unit.contact().position());
		String hash = OrganizationFile.fingerprint(unit, contactPosition, order);
		Optional<String> stored = storedHash("unit", unit.code());
		if (stored.isPresent() && stored.get().equals(hash)) {
			return;
		}
		String sql = stored.isEmpty()
				? """
						insert into unit (code, kind, name_kk, name_ru, name_en, email, contact_full_name, contact_position_kk,
						contact_position_ru, contact_position_en, sort_order, file_hash)
						values (:code, :kind, :kk, :ru, :en, :email, :contact, :positionKk, :positionRu, :positionEn, :order, :hash)"""
				: """
						update unit set kind = :kind, name_kk = :kk, name_ru = :ru, name_en = :en, email = :email,
						contact_full_name = :contact, contact_position_kk = :positionKk, contact_position_ru = :positionRu,
						contact_position_en = :positionEn, sort_order = :order, file_hash = :hash where code = :code""";
		this.jdbc.sql(sql)
			.param("code", unit.code())
			.param("kind", unit.kind().name())
			.param("kk", unit.name().kk())
			.param("ru", unit.name().ru())
			.param("en", unit.name().en())
			.param("email", unit.email())
			.param("contact", unit.contact() == null ? null : unit.contact().name())
			.param("positionKk", contactPosition == null ? null : contactPosition.kk())
			.param("positionRu", contactPosition == null ? null : contactPosition.ru())
			.param("positionEn", contactPosition == null ? null : contactPosition.en())
			.param("order", order)
			.param("hash", hash)
			.update();
		changes.count(stored.isEmpty());
	}

	private void loadOfficial(OrganizationFile.OfficialEntry official, int order, Changes changes) {
		String hash = OrganizationFile.fingerprint(official, order);
		Optional<String> stored = storedHash("official", official.code());
		if (stored.isPresent() && stored.get().equals(hash)) {
			return;
		}
		String sql = stored.isEmpty()
				? """
						insert into official (code, official_position, school_code, full_name, email, phone, account, reports_to,
						sort_order, file_hash)
						values (:code, :position, :school, :name, :email, :phone, :account, :reportsTo, :order, :hash)"""
				: """
						update official set official_position = :position, school_code = :school, full_name = :name,
						email = :email, phone = :phone, account = :account, reports_to = :reportsTo, sort_order = :order,
						file_hash = :hash where code = :code""";
		this.jdbc.sql(sql)
			.param("code", official.code())
			.param("position", official.position().name())
			.param("school", official.school())
			.param("name", official.name())
			.param("email", official.email())
			.param("phone", official.phone())
			.param("account", official.account())
			.param("reportsTo", official.reportsTo())
			.param("order", order)
			.param("hash", hash)
			.update();
		changes.count(stored.isEmpty());
	}

	private Optional<String> storedHash(String table, String code) {
		// table names are the fixed literals above, never input
		return this.jdbc.sql("select file_hash from " + table + " where code = :code")
			.param("code", code)
			.query(String.class)
			.optional();
	}

	/** A member as stored: the position code of the file resolved to its texts. */
	record ResolvedMember(MemberRole role, String fullName, LocalizedText position, @Nullable String email,
			@Nullable String account, @Nullable UUID accountId) {

		/** A member named in the file: by username, the account's id found when asked. */
		ResolvedMember(MemberRole role, String fullName, LocalizedText position, @Nullable String email,
				@Nullable String account) {
			this(role, fullName, position, email, account, null);
		}

	}

	/**
	 * How many rows a load inserted and updated; both zero when nothing in the file
	 * changed.
	 */
	static final class Changes {

		int inserted;

		int updated;

		void count(boolean insert) {
			if (insert) {
				this.inserted++;
			}
			else {
				this.updated++;
			}
		}

		boolean none() {
			return this.inserted == 0 && this.updated == 0;
		}

		@Override
		public String toString() {
			return this.inserted + " inserted, " + this.updated + " updated";
		}

	}

}
