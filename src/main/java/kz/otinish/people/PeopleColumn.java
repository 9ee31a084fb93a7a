package kz.otinish.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A column of the registrar's or HR's file, recognised by its header in Kazakh, Russian
 * or English (case, spaces and punctuation ignored: {@code E-mail}, {@code email} and
 * {@code Эл. пошта} are all found). Labels come from {@code people.column.*}.
 */
enum PeopleColumn {

	EXTERNAL_ID("external id", "id", "student id", "employee id", "personnel number", "внешний идентификатор",
			"идентификатор", "id студента", "табельный номер", "сыртқы идентификатор", "білім алушы id",
			"табель нөмірі"),
	FULL_NAME("full name", "name", "фио", "ф.и.о.", "фамилия имя отчество", "полное имя", "аты-жөні", "толық аты-жөні",
			"тегі аты әкесінің аты"),
	SCHOOL("school", "school/unit", "unit", "школа", "подразделение", "школа/подразделение", "мектеп", "бөлімше",
			"мектеп/бөлімше"),
	LEVEL("level", "level of study", "study level", "уровень", "уровень обучения", "оқу деңгейі", "деңгей"),
	SPECIALITY("speciality", "specialty", "programme", "program", "специальность", "образовательная программа",
			"мамандық", "білім беру бағдарламасы"),
	YEAR("year", "study year", "year of study", "course", "курс", "год обучения", "оқу жылы"),
	POSITION("position", "job title", "должность", "лауазым", "лауазымы"),
	EMAIL("e-mail", "email", "электронная почта", "эл. почта", "электрондық пошта", "эл. пошта"),
	PHONE("phone", "phone number", "телефон", "номер телефона", "телефон нөмірі");

	private final Set<String> aliases;

	PeopleColumn(String... aliases) {
		this.aliases = Arrays.stream(aliases).map(PeopleColumn::normalized).collect(Collectors.toUnmodifiableSet());
	}

	/** The column this header names, if any. */
	static Optional<PeopleColumn> of(String header) {
		String wanted = normalized(header);
		return Arrays.stream(values()).filter(column -> column.aliases.contains(wanted)).findFirst();
	}

	/** Lower case, letters and digits only: headers are compared without punctuation. */
	static String normalized(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
	}

}
