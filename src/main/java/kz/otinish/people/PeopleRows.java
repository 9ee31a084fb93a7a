package kz.otinish.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import kz.otinish.identity.PersonRecord;
import kz.otinish.identity.StudyLevel;
import kz.otinish.organization.Organization;
import kz.otinish.organization.SchoolView;
import kz.otinish.organization.UnitView;
import org.jspecify.annotations.Nullable;

/**
 * Checks a file's rows one by one: each becomes a {@link PersonRecord} or a
 * {@link RowError} naming its line. A row is faulty when its name or external id is
 * missing, its external id repeats an earlier row's, its school is unknown to the
 * organization, its e-mail or phone is malformed, or, for students, its level or year is
 * not one Otinish knows. Blank rows are skipped.
 */
final class PeopleRows {

	static final int MAX_YEAR = 7;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{5,30}");

	private static final Map<String, StudyLevel> LEVELS = new HashMap<>();

	static {
		level(StudyLevel.BACHELOR, "bachelor", "bachelors", "undergraduate", "бакалавриат", "бакалавр");
		level(StudyLevel.INTERNSHIP, "internship", "intern", "интернатура", "интерн");
		level(StudyLevel.RESIDENCY, "residency", "resident", "резидентура", "резидент");
		level(StudyLevel.MASTER, "master", "masters", "магистратура", "магистр", "магистрант");
		level(StudyLevel.DOCTORATE, "doctorate", "doctoral", "phd", "докторантура", "доктор", "докторант");
	}

	/** What the check found: the people to import, the faulty rows, every id seen. */
	record Checked(List<PersonRecord> people, List<RowError> errors, Set<String> externalIds, int rows) {
	}

	private final Map<String, String> schools = new HashMap<>();

	private final Set<String> units = new LinkedHashSet<>();

	PeopleRows(Organization organization) {
		for (SchoolView school : organization.schools()) {
			this.schools.put(key(school.code()), school.code());
			this.schools.put(key(school.names().kk()), school.code());
			this.schools.put(key(school.names().ru()), school.code());
			this.schools.put(key(school.names().en()), school.code());
		}
		for (UnitView unit : organization.units()) {
			this.units.add(key(unit.code()));
			this.units.add(key(unit.names().kk()));
			this.units.add(key(unit.names().ru()));
			this.units.add(key(unit.names().en()));
		}
	}

	Checked check(ImportKind kind, PeopleFile file) {
		Map<PeopleColumn, Integer> columns = columns(file.header());
		List<String> missing = kind.required()
			.stream()
			.filter(column -> !columns.containsKey(column))
			.map(column -> "people.column." + column.name())
			.toList();
		if (!missing.isEmpty()) {
			throw new PeopleFileRefused("people.file.columnsMissing", missing);
		}
		List<PersonRecord> people = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		Set<String> ids = new LinkedHashSet<>();
		Map<String, Integer> firstLine = new HashMap<>();
		int rows = 0;
		for (PeopleFile.Line line : file.lines()) {
			if (line.blank()) {
				continue;
			}
			rows++;
			Row row = new Row(line, columns);
			String id = row.get(PeopleColumn.EXTERNAL_ID);
			if (id != null) {
				ids.add(id);
			}
			Object result = person(kind, row, id, firstLine);
			if (result instanceof PersonRecord person) {
				firstLine.put(person.externalId(), line.number());
				people.add(person);
			}
			else {
				errors.add((RowError) result);
			}
		}
		return new Checked(people, errors, ids, rows);
	}

	private Object person(ImportKind kind, Row row, @Nullable String id, Map<String, Integer> firstLine) {
		int line = row.line.number();
		if (id == null) {
			return new RowError(line, "people.error.externalIdMissing");
		}
		if (id.length() > 100) {
			return new RowError(line, "people.error.tooLong", "people.column.EXTERNAL_ID", 100);
		}
		Integer earlier = firstLine.get(id);
		if (earlier != null) {
			return new RowError(line, "people.error.duplicateExternalId", id, earlier);
		}
		String name = row.get(PeopleColumn.FULL_NAME);
		if (name == null) {
			return new RowError(line, "people.error.nameMissing");
		}
		name = name.replaceAll("\\s+", " ");
		if (name.length() > 300) {
			return new RowError(line, "people.error.tooLong", "people.column.FULL_NAME", 300);
		}
		String schoolText = row.get(PeopleColumn.SCHOOL);
		if (schoolText == null) {
			return new RowError(line, "people.error.schoolMissing");
		}
		String school = this.schools.get(key(schoolText));
		if (school == null && (kind == ImportKind.STUDENTS || !this.units.contains(key(schoolText)))) {
			return new RowError(line, "people.error.schoolUnknown", schoolText);
		}
		String email = row.get(PeopleColumn.EMAIL);
		if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
			return new RowError(line, "people.error.emailInvalid", email);
		}
		String phone = row.get(PeopleColumn.PHONE);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			return new RowError(line, "people.error.phoneInvalid", phone);
		}
		String speciality = row.get(PeopleColumn.SPECIALITY);
		if (speciality != null && speciality.length() > 300) {
			return new RowError(line, "people.error.tooLong", "people.column.SPECIALITY", 300);
		}
		StudyLevel level = null;
		Integer year = null;
		String position = null;
		if (kind == ImportKind.STUDENTS) {
			String levelText = row.get(PeopleColumn.LEVEL);
			if (levelText == null) {
				return new RowError(line, "people.error.levelMissing");
			}
			level = LEVELS.get(key(levelText));
			if (level == null) {
				return new RowError(line, "people.error.levelUnknown", levelText);
			}
			String yearText = row.get(PeopleColumn.YEAR);
			if (yearText == null) {
				return new RowError(line, "people.error.yearMissing");
			}
			year = year(yearText);
			if (year == null) {
				return new RowError(line, "people.error.yearInvalid", yearText, MAX_YEAR);
			}
		}
		else {
			position = row.get(PeopleColumn.POSITION);
			if (position == null) {
				return new RowError(line, "people.error.positionMissing");
			}
			if (position.length() > 300) {
				return new RowError(line, "people.error.tooLong", "people.column.POSITION", 300);
			}
		}
		return new PersonRecord(id, kind.personKind(), name, school, level, speciality, year, position,
				email == null ? null : email.toLowerCase(Locale.ROOT), phone);
	}

	private static @Nullable Integer year(String text) {
		try {
			int year = Integer.parseInt(text.strip());
			return year >= 1 && year <= MAX_YEAR ? year : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Map<PeopleColumn, Integer> columns(List<String> header) {
		Map<PeopleColumn, Integer> columns = new EnumMap<>(PeopleColumn.class);
		for (int i = 0; i < header.size(); i++) {
			int index = i;
			PeopleColumn.of(header.get(i)).ifPresent(column -> columns.putIfAbsent(column, index));
		}
		return columns;
	}

	private static void level(StudyLevel level, String... names) {
		LEVELS.put(key(level.name()), level);
		for (String name : names) {
			LEVELS.put(key(name), level);
		}
	}

	private static String key(String text) {
		return PeopleColumn.normalized(text);
	}

	/** A line's cells by column; blank cells read as absent. */
	private record Row(PeopleFile.Line line, Map<PeopleColumn, Integer> columns) {

		@Nullable String get(PeopleColumn column) {
			return Optional.ofNullable(this.columns.get(column))
				.filter(index -> index < this.line.cells().size())
				.map(index -> this.line.cells().get(index).strip())
				.filter(value -> !value.isEmpty())
				.orElse(null);
		}

	}

}
