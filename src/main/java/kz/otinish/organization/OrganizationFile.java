package kz.otinish.organization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * The organization file as written ({@code organization/university.yml}), checked for
 * consistency before anything reaches the database: unique codes, one dean's office
 * council, QAC and EPC per school (REV-1..REV-4), one Ethics Council (REV-5), the units
 * an extended commission needs (REV-6), one chair per body, a dean per school and an
 * escalation chain that ends at one top official.
 */
record OrganizationFile(UniversityEntry university, List<PositionEntry> positions, List<SchoolEntry> schools,
		List<BodyEntry> bodies, List<UnitEntry> units, List<OfficialEntry> officials) {

	OrganizationFile {
		positions = listOf(positions);
		schools = listOf(schools);
		bodies = listOf(bodies);
		units = listOf(units);
		officials = listOf(officials);
	}

	/**
	 * Reads and checks a file; a broken file stops start-up with a message naming the
	 * problem.
	 */
	static OrganizationFile read(Resource resource) {
		List<PropertySource<?>> sources;
		try {
			sources = new YamlPropertySourceLoader().load(resource.getDescription(), resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the organization file " + resource.getDescription(), ex);
		}
		OrganizationFile file = new Binder(ConfigurationPropertySources.from(sources))
			.bind("organization", OrganizationFile.class)
			.orElseThrow(() -> new IllegalStateException(
					"the organization file " + resource.getDescription() + " has no 'organization' section"));
		file.check();
		return file;
	}

	/** The texts of a position code used by members and unit contacts. */
	LocalizedText position(String code) {
		return this.positions.stream()
			.filter(position -> position.code().equals(code))
			.findFirst()
			.map(PositionEntry::text)
			.orElseThrow(() -> new IllegalStateException("unknown position '" + code + "'"));
	}

	/**
	 * Every body of the file: the schools' bodies in file order, then the university-wide
	 * ones.
	 */
	List<BodyEntry> allBodies() {
		List<BodyEntry> all = new ArrayList<>();
		this.schools.forEach(school -> all.addAll(school.bodies()));
		all.addAll(this.bodies);
		return all;
	}

	void check() {
		Objects.requireNonNull(this.university, "the organization file has no university");
		unique("position", this.positions, PositionEntry::code);
		unique("school", this.schools, SchoolEntry::code);
		unique("body", allBodies(), BodyEntry::code);
		unique("unit", this.units, UnitEntry::code);
		unique("official", this.officials, OfficialEntry::code);
		if (this.schools.isEmpty()) {
			throw new IllegalStateException("the organization file lists no schools");
		}
		for (SchoolEntry school : this.schools) {
			for (BodyType type : BodyType.values()) {
				long count = school.bodies().stream().filter(body -> body.type() == type).count();
				if (type.perSchool() && count != 1) {
					throw new IllegalStateException(
							"school " + school.code() + " needs exactly one " + type + ", has " + count);
				}
				if (!type.perSchool() && count != 0) {
					throw new IllegalStateException(
							"the " + type + " is university-wide, not of school " + school.code());
				}
			}
			long deans = this.officials.stream()
				.filter(o -> o.position() == OfficialPosition.DEAN && school.code().equals(o.school()))
				.count();
			if (deans != 1) {
				throw new IllegalStateException("school " + school.code() + " needs exactly one dean, has " + deans);
			}
		}
		long ethics = this.bodies.stream().filter(body -> body.type() == BodyType.ETHICS_COUNCIL).count();
		if (ethics != 1 || this.bodies.stream().anyMatch(body -> body.type().perSchool())) {
			throw new IllegalStateException(
					"the university needs exactly one ETHICS_COUNCIL and no other university-wide body");
		}
		for (BodyEntry body : allBodies()) {
			long chairs = body.members().stream().filter(m -> m.role() == MemberRole.CHAIR).count();
			if (chairs != 1) {
				throw new IllegalStateException("body " + body.code() + " needs exactly one chair, has " + chairs);
			}
			body.members().forEach(member -> position(member.position()));
		}
		for (UnitKind kind : List.of(UnitKind.YOUTH_POLICY, UnitKind.STUDENT_DEANS_OFFICE, UnitKind.TRADE_UNION,
				UnitKind.LEGAL, UnitKind.RECORDS_OFFICE)) {
			if (this.units.stream().noneMatch(unit -> unit.kind() == kind)) {
				throw new IllegalStateException("the organization file has no unit of kind " + kind);
			}
		}
		this.units.stream().map(UnitEntry::contact).filter(Objects::nonNull).forEach(c -> position(c.position()));
		checkEscalationChain();
	}

	private void checkEscalationChain() {
		Map<String, OfficialEntry> byCode = new HashMap<>();
		this.officials.forEach(official -> byCode.put(official.code(), official));
		long tops = this.officials.stream().filter(official -> official.reportsTo() == null).count();
		if (tops != 1) {
			throw new IllegalStateException("the escalation chain needs exactly one top official, has " + tops);
		}
		for (OfficialEntry official : this.officials) {
			if (official.school() != null
					&& this.schools.stream().noneMatch(school -> school.code().equals(official.school()))) {
				throw new IllegalStateException(
						"official " + official.code() + " names unknown school " + official.school());
			}
			Set<String> seen = new HashSet<>();
			OfficialEntry current = official;
			while (current.reportsTo() != null) {
				if (!seen.add(current.code())) {
					throw new IllegalStateException("the escalation chain of " + official.code() + " is a loop");
				}
				OfficialEntry higher = byCode.get(current.reportsTo());
				if (higher == null) {
					throw new IllegalStateException(
							"official " + current.code() + " reports to unknown official " + current.reportsTo());
				}
				current = higher;
			}
		}
	}

	private static <T> void unique(String what, List<T> entries, Function<T, String> code) {
		Set<String> codes = new HashSet<>();
		for (T entry : entries) {
			String value = code.apply(entry);
			if (value == null || value.isBlank()) {
				throw new IllegalStateException("a " + what + " without a code in the organization file");
			}
			if (!codes.add(value)) {
				throw new IllegalStateException("duplicate " + what + " code '" + value + "' in the organization file");
			}
		}
	}

	private static <T> List<T> listOf(@Nullable List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	/**
	 * A short fingerprint of what the file says about one record, to see whether it
	 * changed.
	 */
	static String fingerprint(Object... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Object part : parts) {
				digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record UniversityEntry(String code, LocalizedText name, LocalizedText address, String email) {
	}

	record PositionEntry(String code, String kk, String ru, String en) {

		LocalizedText text() {
			return new LocalizedText(this.kk, this.ru, this.en);
		}

	}

	record SchoolEntry(String code, LocalizedText name, String email, List<BodyEntry> bodies) {

		SchoolEntry {
			bodies = listOf(bodies);
		}

	}

	record BodyEntry(String code, BodyType type, LocalizedText name, @Nullable String email,
			List<MemberEntry> members) {

		BodyEntry {
			members = listOf(members);
		}

	}

	record MemberEntry(MemberRole role, String name, String position, @Nullable String email,
			@Nullable String account) {
	}

	record UnitEntry(String code, UnitKind kind, LocalizedText name, @Nullable String email,
			@Nullable ContactEntry contact) {
	}

	record ContactEntry(String name, String position) {
	}

	record OfficialEntry(String code, OfficialPosition position, @Nullable String school, String name,
			@Nullable String email, @Nullable String phone, @Nullable String account, @Nullable String reportsTo) {
	}

}
