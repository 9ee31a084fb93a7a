package kz.otinish.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.MemberView;
import kz.otinish.organization.OfficialPosition;
import kz.otinish.organization.OfficialView;
import kz.otinish.organization.Organization;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo account per role (password {@code demo}), a few applicants of other schools,
 * and an account for every official the organization file gives one. Officials and body
 * members take their names from the organization, so the demo dean is the dean the
 * organization lists.
 */
@Component
@Order(100)
class DemoAccounts implements DemoStep {

	static final String PASSWORD = "demo";

	private final Accounts accounts;

	private final Organization organization;

	DemoAccounts(Accounts accounts, Organization organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	@Override
	@Transactional
	public void seed() {
		for (DemoAccount account : all()) {
			this.accounts.ensureDemoAccount(account.username(), PASSWORD, account.fullName(), account.role(),
					account.schoolCode(), account.email(), account.phone());
		}
	}

	/** A seeded account, for later steps (demo appeals) to act as. */
	CurrentUser account(String username) {
		return this.accounts.byUsername(username)
			.orElseThrow(() -> new IllegalStateException("demo account " + username + " is not seeded"));
	}

	/** Every demo account: the one per role first, then the others. */
	List<DemoAccount> all() {
		List<DemoAccount> all = new ArrayList<>(
				List.of(person("student", Role.STUDENT, "GM1", "Нұрланова Айгерім Серікқызы", 1),
						person("staff", Role.STAFF, "GM1", "Қасымов Дәурен Маратұлы", 2),
						person("representative", Role.REPRESENTATIVE, null, "Серікбаева Гүлнар Ахметқызы", 3),
						person("registrar", Role.REGISTRAR, null, "Жұмабаева Сәуле Ерланқызы", 4),
						person("deansoffice", Role.DEANS_OFFICE, "GM1", "Тұрсынова Әсел Болатқызы", 5),
						official("dean", Role.DEAN, "GM1", "Оспанова Шолпан Қайратқызы", 6),
						member("secretary", Role.BODY_SECRETARY, "GM1", "Әлімжанов Әділет Бауыржанұлы", 7),
						member("member", Role.BODY_MEMBER, "GM1", "Егорова Анна Павловна", 8),
						person("moderator", Role.MODERATOR, null, "Ибраев Арман Қайратұлы", 9),
						official("vicerector", Role.OFFICIAL, null, "Никитина Людмила Павловна", 10),
						official("rector", Role.OFFICIAL, null, "Жақсылықов Мұрат Қуанышұлы", 11),
						person("analyst", Role.ANALYST, null, "Ким Виктория Александровна", 12),
						person("admin", Role.ADMIN, null, "Бекенов Ержан Талғатұлы", 13),
						person("student2", Role.STUDENT, "GM2", "Омарова Назерке Жомартқызы", 21),
						person("student3", Role.STUDENT, "DENT", "Смирнов Илья Андреевич", 22),
						person("student4", Role.STUDENT, "IR", "Байжанов Ерасыл Дарханұлы", 23),
						person("student5", Role.STUDENT, "MD", "Исабекова Камила Нұрланқызы", 24),
						person("staff2", Role.STAFF, "PH", "Морозова Татьяна Сергеевна", 31),
						person("staff3", Role.STAFF, "PHARM", "Садықов Бекзат Асқарұлы", 32),
						person("staff4", Role.STAFF, "PED", "Жолдасова Ақмарал Темірқызы", 33)));
		// every other official with an account in the organization file: the deans of the
		// other schools
		int phone = 40;
		for (OfficialView official : this.organization.officials()) {
			String username = official.account();
			if (username != null && all.stream().noneMatch(account -> account.username().equals(username))) {
				Role role = official.position() == OfficialPosition.DEAN ? Role.DEAN : Role.OFFICIAL;
				all.add(new DemoAccount(username, role, official.schoolCode(), official.fullName(),
						email(official.email(), username), phone(phone++)));
			}
		}
		return all;
	}

	private DemoAccount person(String username, Role role, @Nullable String school, String fullName, int n) {
		return new DemoAccount(username, role, school, fullName, email(null, username), phone(n));
	}

	private DemoAccount official(String username, Role role, @Nullable String school, String fallbackName, int n) {
		Optional<OfficialView> official = this.organization.officialOfAccount(username);
		return new DemoAccount(username, role, official.map(OfficialView::schoolCode).orElse(school),
				official.map(OfficialView::fullName).orElse(fallbackName),
				email(official.map(OfficialView::email).orElse(null), username), phone(n));
	}

	private DemoAccount member(String username, Role role, String school, String fallbackName, int n) {
		String fullName = this.organization.bodiesOfAccount(username)
			.stream()
			.flatMap(body -> this.organization.membersOf(body).stream())
			.filter(m -> username.equals(m.account()))
			.map(MemberView::fullName)
			.findFirst()
			.orElse(fallbackName);
		return new DemoAccount(username, role, school, fullName, email(null, username), phone(n));
	}

	private static String email(@Nullable String given, String username) {
		return given != null ? given : username + "@university.example";
	}

	private static String phone(int n) {
		return String.format("+7 701 555 %02d %02d", n / 100, n % 100);
	}

	record DemoAccount(String username, Role role, @Nullable String schoolCode, String fullName, String email,
			String phone) {
	}

}
