package kz.otinish.blog;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * INT-3: a post that names a university employee goes to that employee's dean's office.
 */
class NameMatcherTests {

	static final Employee AKHMETOV = new Employee("Ахметов Арман Болатұлы", "GM1");

	static final Employee AKHMETOVA = new Employee("Ахметова Айгерім Серікқызы", "GM2");

	static final Employee EGOROVA = new Employee("Егорова Анна Павловна", "GM1");

	static final Employee KUZNETSOV = new Employee("Кузнецов Андрей Игоревич", "DENT");

	static final Employee KIM = new Employee("Ким Алексей Олегович", "GM2");

	static final Employee OMAROV = new Employee("Омаров Азамат Нұрланұлы", "PED");

	static final Employee OSPANOVA = new Employee("Оспанова Шолпан Қайратқызы", "GM1");

	static final Employee RECTOR = new Employee("Жақсылықов Мұрат Қуанышұлы", null);

	final NameMatcher matcher = new NameMatcher(
			List.of(AKHMETOV, AKHMETOVA, EGOROVA, KUZNETSOV, KIM, OMAROV, OSPANOVA, RECTOR));

	List<Employee> named(String text) {
		return this.matcher.find(text).stream().map(NameMatcher.Match::employee).toList();
	}

	@ParameterizedTest(name = "{0}")
	@DisplayName("INT-3: Kazakh case endings on surname and given name")
	@CsvSource(delimiter = '|', textBlock = """
			Ахметов Арманға шағым жазамын, ол сабаққа келмейді | Ахметов Арман Болатұлы
			Ахметов Арманның сабағы үнемі кешігеді | Ахметов Арман Болатұлы
			Оспанова Шолпанның бұйрығымен келіспеймін | Оспанова Шолпан Қайратқызы
			Кеше Шолпан Оспановамен сөйлестім | Оспанова Шолпан Қайратқызы
			Арман Ахметовтан көмек сұрадым | Ахметов Арман Болатұлы
			Мұрат Жақсылықовқа алғыс айтамын | Жақсылықов Мұрат Қуанышұлы
			""")
	void kazakhForms(String text, String employee) {
		assertThat(named(text)).extracting(Employee::fullName).containsExactly(employee);
	}

	@ParameterizedTest(name = "{0}")
	@DisplayName("INT-3: Russian case endings, masculine and feminine, with patronymics")
	@CsvSource(delimiter = '|', textBlock = """
			Жалуюсь на Кузнецова Андрея Игоревича, он не принимает зачёт | Кузнецов Андрей Игоревич
			Вчера разговаривал с Кузнецовым Андреем | Кузнецов Андрей Игоревич
			Прошу разобраться с Егоровой Анной | Егорова Анна Павловна
			Передайте Анне Павловне мою благодарность | Егорова Анна Павловна
			Благодарю Ким Алексея Олеговича за помощь | Ким Алексей Олегович
			""")
	void russianForms(String text, String employee) {
		assertThat(named(text)).extracting(Employee::fullName).containsExactly(employee);
	}

	@ParameterizedTest(name = "{0}")
	@DisplayName("INT-3: surname with initials, in both orders, declined")
	@ValueSource(strings = { "Преподаватель Ахметов А.Б. не ставит оценки", "А.Б. Ахметов сабаққа келмеді",
			"Жалоба на А. Б. Ахметова", "Ахметов А. сабақты қысқартты", "Ахметовқа А.Б. шағым" })
	void initials(String text) {
		assertThat(named(text)).containsExactly(AKHMETOV);
	}

	@Test
	@DisplayName("INT-3: initials that do not fit the employee's names do not match")
	void wrongInitials() {
		assertThat(named("Ахметов К.Б. сабаққа келмеді")).isEmpty();
		assertThat(named("Ахметов А.К. сабаққа келмеді")).isEmpty();
	}

	@Test
	@DisplayName("INT-3: a feminine surname names the woman, not the man with the same stem")
	void feminineForms() {
		assertThat(named("Ахметова Айгерім сабақта дөрекі сөйледі")).containsExactly(AKHMETOVA);
		assertThat(named("Жалуюсь на Ахметову Айгерім")).containsExactly(AKHMETOVA);
		assertThat(named("Поговорите с Ахметовой Айгерім")).containsExactly(AKHMETOVA);
		assertThat(named("Ахметова Айгерімге алғыс")).containsExactly(AKHMETOVA);
	}

	@Test
	@DisplayName("INT-3: several employees are found in the order they appear, each once")
	void several() {
		assertThat(named("Егорова Анна мен Ахметов Арман екеуі де, әсіресе Ахметов Арманның")).containsExactly(EGOROVA,
				AKHMETOV);
	}

	@Test
	@DisplayName("INT-3: someone who is not an employee does not match, even with an employee's surname")
	void nonEmployee() {
		assertThat(named("Жалуюсь на Петрова Ивана Сергеевича")).isEmpty();
		assertThat(named("Ахметов Ерлан деген студент")).isEmpty();
		assertThat(named("Кузнецова Мария из деканата")).isEmpty();
	}

	@Test
	@DisplayName("INT-3: common words that are also names match nobody without the rest of the name")
	void commonWordsThatLookLikeNames() {
		// "Ким" is Kazakh for "who", "азамат" means "citizen", "Анна" alone is anyone
		assertThat(named("Ким білмейді? Мен азамат ретінде айтамын")).isEmpty();
		assertThat(named("Азамат ретінде құқығымды қорғаймын, ким жауап береді")).isEmpty();
		assertThat(named("Моя соседка Анна тоже учится здесь")).isEmpty();
		assertThat(named("Ахметов деген фамилия жиі кездеседі")).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@DisplayName("INT-3: Kazakh names typed with Russian letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) name the employee")
	@CsvSource(delimiter = '|', textBlock = """
			Прошу разобраться с Оспановой Шолпан Кайратовной | Оспанова Шолпан Қайратқызы
			Жалоба на Омарова Азамата Нурлановича | Омаров Азамат Нұрланұлы
			Благодарю Жаксылыкова Мурата | Жақсылықов Мұрат Қуанышұлы
			Ахметова Айгерим Сериккызы не отвечает на письма | Ахметова Айгерім Серікқызы
			Жақсылықов Мұратқа алғыс айтамын | Жақсылықов Мұрат Қуанышұлы
			""")
	void russianSpellingOfKazakhLetters(String text, String employee) {
		assertThat(named(text)).extracting(Employee::fullName).containsExactly(employee);
	}

	@Test
	@DisplayName("INT-3: where the same words name several employees, the fullest name wins")
	void fullestNameWins() {
		Employee namesake = new Employee("Ахметов Арман Серікұлы", "PED");
		NameMatcher both = new NameMatcher(List.of(AKHMETOV, namesake));
		assertThat(both.find("Ахметов Арман Серікұлы сабаққа келмеді")).extracting(NameMatcher.Match::employee)
			.containsExactly(namesake);
		assertThat(both.find("Арман Болатұлы Ахметовқа шағым")).extracting(NameMatcher.Match::employee)
			.as("given name, patronymic, surname")
			.containsExactly(AKHMETOV);
		assertThat(both.find("Ахметов Арман сабаққа келмеді")).extracting(NameMatcher.Match::employee)
			.as("without the patronymic both are named: the moderator decides")
			.containsExactly(AKHMETOV, namesake);
	}

	@Test
	@DisplayName("INT-3: the letter about Мұқанова Салтанат Нұрланқызы names her, not another school's Мұқанова Салтанат Серікқызы; 'Сейитову' (и for і) finds Сейітов")
	void theCasesTheModeratorMet() {
		Employee teacher = new Employee("Мұқанова Салтанат Нұрланқызы", "GM1");
		Employee namesake = new Employee("Мұқанова Салтанат Серікқызы", "DENT");
		Employee seitov = new Employee("Сейітов Нұрлан Асқарұлы", "PED");
		NameMatcher matcher = new NameMatcher(List.of(namesake, teacher, seitov));
		assertThat(matcher.find("Прошу разобраться с Мұқановой Салтанат Нұрланқызы: не принимает пересдачу"))
			.extracting(NameMatcher.Match::employee)
			.containsExactly(teacher);
		assertThat(matcher.find("Передайте Сейитову Нурлану, что консультации нет"))
			.extracting(NameMatcher.Match::employee)
			.containsExactly(seitov);
	}

	@Test
	void caseFormsOfAName() {
		assertThat(NameMatcher.isFormOf("ахметовқа", "ахметов")).isTrue();
		assertThat(NameMatcher.isFormOf("ахметовтың", "ахметов")).isTrue();
		assertThat(NameMatcher.isFormOf("ахметовым", "ахметов")).isTrue();
		assertThat(NameMatcher.isFormOf("ахметовой", "ахметова")).isTrue();
		assertThat(NameMatcher.isFormOf("ахметовою", "ахметова")).isTrue();
		assertThat(NameMatcher.isFormOf("андрею", "андрей")).isTrue();
		assertThat(NameMatcher.isFormOf("ахметовский", "ахметов")).isFalse();
		assertThat(NameMatcher.isFormOf("ахмет", "ахметов")).isFalse();
		assertThat(NameMatcher.isFormOf("нурланкызы", "нұрланқызы")).isTrue();
		assertThat(NameMatcher.isFormOf("оспановага", "оспанова")).isTrue();
	}

}
