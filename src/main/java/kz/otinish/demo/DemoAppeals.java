package kz.otinish.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import kz.otinish.appeal.Actor;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealDecision;
import kz.otinish.appeal.Outcome;
import kz.otinish.appeal.StateBodyForwarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.CoApplicant;
import kz.otinish.appeal.Funding;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.RepresentationReason;
import kz.otinish.appeal.Representative;
import kz.otinish.appeal.StudyForm;
import kz.otinish.appeal.StudyLanguage;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * About 200 demo appeals spread over the last year and over every status, each driven
 * through the real status machine (so journal numbers, deadlines and the audit trail are
 * real). Loaded once: nothing happens when appeals already exist.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("otinish.demo.enabled")
@Order(200)
class DemoAppeals implements DemoStep {

	private static final Actor.SystemActor OFFICE = new Actor.SystemActor("Кеңсе бөлімі (demo)");

	private static final Logger log = LoggerFactory.getLogger(DemoAppeals.class);

	private static final List<String> SCHOOLS = List.of("GM1", "GM2", "DENT", "PH", "PHARM", "PED", "KKT", "IR", "MD");

	private static final List<String> STUDENTS = List.of("Әлия Нұрланқызы Сейітова", "Дастан Ерланұлы Мұқанов",
			"Аружан Болатқызы Ахметова", "Тимур Сергеевич Ким", "Мадина Асқарқызы Жұмабаева",
			"Нұрсұлтан Қайратұлы Әбдіров", "Екатерина Игоревна Павлова", "Жансая Маратқызы Оспанова",
			"Ерасыл Бекзатұлы Тоқтаров", "Айдана Русланқызы Қасымова");

	private static final List<String> STAFF = List.of("Гүлнар Төлегенқызы Смағұлова", "Сергей Викторович Литвинов",
			"Бақыт Жұмабайұлы Есенов", "Алма Қуанышқызы Дүйсенова");

	/** Subjects per category, in Kazakh and Russian, as students and staff write them. */
	private static final List<List<String>> SUBJECTS = List.of(
			List.of("Сабақ кестесін өзгерту туралы", "О переносе занятий в расписании"),
			List.of("Жатақханадағы жылу мәселесі", "Холодно в общежитии №3"),
			List.of("Силлабуста көрсетілмеген тақырыптар", "Темы, которых нет в силлабусе"),
			List.of("Емтихан бағасын қайта қарау", "Пересмотр оценки за экзамен"),
			List.of("Оқытушы сабақты уақытында бастамайды", "Преподаватель не начинает занятия вовремя"),
			List.of("Зертханада құрал-жабдық жетіспейді", "Не хватает оборудования в лаборатории"),
			List.of("Әріптестің әдепсіз мінез-құлқы", "Неэтичное поведение коллеги"),
			List.of("Анықтама беру туралы", "О выдаче справки"));

	private final AppealManagement appeals;

	private final Accounts accounts;

	private final Clock clock;

	private final int count;

	private final DemoRecords records;

	private final kz.otinish.appeal.AppealLists lists;

	DemoAppeals(AppealManagement appeals, Accounts accounts, Clock clock,
			@Value("${otinish.demo.appeals:200}") int count, DemoRecords records, kz.otinish.appeal.AppealLists lists) {
		this.lists = lists;
		this.records = records;
		this.appeals = appeals;
		this.accounts = accounts;
		this.clock = clock;
		this.count = count;
	}

	@Override
	public void seed() {
		if (this.lists.count() > 0) {
			return;
		}
		Random random = new Random(20260315L);
		@Nullable CurrentUser student = this.accounts.byUsername("student").orElse(null);
		@Nullable CurrentUser staff = this.accounts.byUsername("staff").orElse(null);
		Instant now = this.clock.instant();
		List<Instant> times = new ArrayList<>();
		for (int i = 0; i < this.count; i++) {
			// most appeals are older; about one in five arrived in the last three weeks
			long ageMinutes = random.nextInt(5) == 0 ? random.nextInt(21 * 24 * 60) : random.nextInt(365 * 24 * 60);
			times.add(now.minus(Duration.ofMinutes(ageMinutes + 60)));
		}
		times.sort(Comparator.naturalOrder());
		for (int i = 0; i < times.size(); i++) {
			Instant receivedAt = times.get(i);
			// the demo applicants' own appeals carry their own names, as the portal files
			// them; few enough that the student's notifications stay in the tens
			@Nullable CurrentUser owner = i % 20 == 0 ? student : i % 11 == 0 ? staff : null;
			create(random, i, receivedAt, owner, now);
		}
		log.info("Loaded {} demo appeals", this.count);
	}

	private void create(Random random, int index, Instant receivedAt, @Nullable CurrentUser owner, Instant now) {
		boolean staffAppeal = owner != null ? index % 11 == 0 && index % 7 != 0 : random.nextInt(5) == 0;
		int categoryIndex = staffAppeal ? List.of(5, 6, 1, 7).get(random.nextInt(4)) : random.nextInt(SUBJECTS.size());
		Category category = Category.values()[categoryIndex];
		boolean russian = random.nextInt(3) == 0;
		String subject = SUBJECTS.get(categoryIndex).get(russian ? 1 : 0);
		String school = owner != null ? "GM1" : SCHOOLS.get(random.nextInt(SCHOOLS.size()));
		Channel channel = owner != null ? Channel.PORTAL : Channel.values()[random.nextInt(Channel.values().length)];
		boolean anonymous = owner == null && channel != Channel.PORTAL && random.nextInt(12) == 0;
		Applicant applicant = anonymous ? Applicant.partial(ApplicantType.STUDENT, null, null, null, null)
				: staffAppeal ? Applicant.staff(owner != null ? owner.fullName() : pick(random, STAFF),
						"Кафедра доценті / доцент кафедры", "Алматы қ., Төле би к-сі, "
								+ (10 + random.nextInt(90)),
						phone(random),
						owner != null && owner.email() != null ? owner.email() : "staff" + index + "@example.kz")
						: Applicant.student(owner != null ? owner.fullName() : pick(random, STUDENTS),
								LevelOfStudy.values()[random.nextInt(LevelOfStudy.values().length)], "Жалпы медицина",
								1 + random.nextInt(5), russian ? StudyLanguage.RUSSIAN : StudyLanguage.KAZAKH,
								Funding.values()[random.nextInt(3)], StudyForm.FULL_TIME,
								"Алматы қ., Абай даңғылы, " + (1 + random.nextInt(200)), phone(random),
								owner != null && owner.email() != null ? owner.email()
										: "student" + index + "@example.kz");
		Representative representative = !anonymous && !staffAppeal && random.nextInt(15) == 0 ? new Representative(
				"Нұрлан Сейітов", RepresentationReason.MINOR, "Туу туралы куәлік / свидетельство о рождении") : null;
		List<CoApplicant> group = !anonymous && random.nextInt(12) == 0
				? List.of(new CoApplicant(pick(random, STUDENTS), null), new CoApplicant(pick(random, STUDENTS), null))
				: List.of();
		AppealKind kind = random.nextInt(6) == 0 ? AppealKind.COMPLAINT
				: random.nextInt(8) == 0 ? AppealKind.PROPOSAL : AppealKind.APPLICATION;
		NewAppeal appeal = new NewAppeal(kind, channel, applicant, anonymous, false, representative, group, school,
				random.nextInt(4) == 0 ? Addressee.RECTOR : Addressee.DEAN, category, subject,
				subject + (russian ? ". Прошу рассмотреть и принять меры." : ". Қарап, шара қолдануыңызды сұраймын."),
				russian ? Language.RU : Language.KK, owner == null ? null : owner.id(), null, null, null);
		Appeal received = this.appeals.receive(appeal, receivedAt);
		this.records.created(received.id());
		boolean recent = Duration.between(receivedAt, now).toDays() < 2;
		if (recent && random.nextInt(3) == 0) {
			return; // still awaiting registration
		}
		Instant at = receivedAt.plus(Duration.ofMinutes(20 + random.nextInt(120)));
		UUID id = received.id();
		this.appeals.performAt(id, new AppealCommand.Register(), OFFICE, at);
		AppealStatus target = targetStatus(random, anonymous, Duration.between(receivedAt, now).toDays());
		if (target == AppealStatus.REGISTERED) {
			return;
		}
		at = at.plus(Duration.ofHours(3));
		this.appeals.performAt(id, new AppealCommand.StartTriage(), OFFICE, at);
		at = at.plus(Duration.ofDays(1));
		switch (target) {
			case RETURNED_WITHOUT_CONSIDERATION -> this.appeals.performAt(id,
					new AppealCommand.ReturnWithoutConsideration("Өтініштің мәні көрсетілмеген"), OFFICE, at);
			case NOT_CONSIDERED -> this.appeals.performAt(id,
					new AppealCommand.DeclareNotConsidered("Иесі бүркемеленген өтініш"), OFFICE, at);
			case FORWARDED_TO_STATE_BODY -> this.appeals.performAt(id, new AppealCommand.ForwardToStateBody(
					new StateBodyForwarding("ІІД", at, "01-12/" + (1 + random.nextInt(900)), "ІІД-ге жіберілді")),
					OFFICE, at);
			case TERMINATED -> this.appeals.performAt(id,
					new AppealCommand.Terminate("Қайталанған өтініш, жаңа дәлел жоқ"), OFFICE, at);
			case IN_TRIAGE -> {
			}
			default -> {
				this.appeals.performAt(id, new AppealCommand.Route(school + "-DOC", "demo", "Деканат Кеңесі"), OFFICE,
						at);
				if (target == AppealStatus.IN_REVIEW) {
					return;
				}
				at = at.plus(Duration.ofDays(5 + random.nextInt(7)));
				LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
				this.appeals.performAt(id, new AppealCommand.Decide(new AppealDecision(Outcome.SATISFIED, null,
						(1 + random.nextInt(40)) + "/" + day.getYear(), day, null)), OFFICE, at);
				if (target == AppealStatus.DECIDED) {
					return;
				}
				at = at.plus(Duration.ofDays(1 + random.nextInt(3)));
				this.appeals.performAt(id, new AppealCommand.Deliver("Қолхатпен қолма-қол табыс етілді"), OFFICE, at);
				if (target == AppealStatus.CLOSED) {
					this.appeals.performAt(id, new AppealCommand.Close(), OFFICE, at.plus(Duration.ofDays(2)));
				}
			}
		}
	}

	private static AppealStatus targetStatus(Random random, boolean anonymous, long ageDays) {
		if (anonymous) {
			return random.nextInt(4) == 0 ? AppealStatus.FORWARDED_TO_STATE_BODY : AppealStatus.NOT_CONSIDERED;
		}
		if (ageDays < 25) {
			return List
				.of(AppealStatus.REGISTERED, AppealStatus.IN_TRIAGE, AppealStatus.IN_REVIEW, AppealStatus.DECIDED,
						AppealStatus.RETURNED_WITHOUT_CONSIDERATION)
				.get(random.nextInt(5));
		}
		int roll = random.nextInt(20);
		return roll == 0 ? AppealStatus.RETURNED_WITHOUT_CONSIDERATION
				: roll == 1 ? AppealStatus.TERMINATED : roll < 5 ? AppealStatus.ANSWERED : AppealStatus.CLOSED;
	}

	private static String pick(Random random, List<String> names) {
		return names.get(random.nextInt(names.size()));
	}

	private static String phone(Random random) {
		return "+7 70" + random.nextInt(8) + " " + (100 + random.nextInt(900)) + " " + (10 + random.nextInt(90)) + " "
				+ (10 + random.nextInt(90));
	}

}
