package kz.otinish.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;

/**
 * Appeals, accounts and decisions as the review tests need them. The accounts are the
 * ones the organization's data names (dean, secretary and member of GM1's bodies, the
 * Ethics Council's secretary, the vice-rector).
 */
public final class ReviewFixtures {

	public static final String SCHOOL = "GM1";

	private final AppealManagement appeals;

	private final Accounts accounts;

	private final Reviews reviews;

	public ReviewFixtures(AppealManagement appeals, Accounts accounts, Reviews reviews) {
		this.appeals = appeals;
		this.accounts = accounts;
		this.reviews = reviews;
		accounts.ensureAccount("dean", "demo", "Оспанова Шолпан Қайратқызы", Role.DEAN, SCHOOL, null, null);
		accounts.ensureAccount("secretary", "demo", "Әлімжанов Әділет Бауыржанұлы", Role.BODY_SECRETARY, SCHOOL, null,
				null);
		accounts.ensureAccount("member", "demo", "Егорова Анна Павловна", Role.BODY_MEMBER, SCHOOL, null, null);
		accounts.ensureAccount("vicerector", "demo", "Никитина Людмила Павловна", Role.OFFICIAL, null, null, null);
		accounts.ensureAccount("ethics-secretary", "demo", "Қожахметов Бекзат Маратұлы", Role.BODY_SECRETARY, null,
				null, null);
	}

	public CurrentUser user(String username) {
		return this.accounts.byUsername(username).orElseThrow();
	}

	public CurrentUser dean() {
		return user("dean");
	}

	public CurrentUser secretary() {
		return user("secretary");
	}

	/** A student's application on the portal, registered at once. */
	public Appeal studentAppeal(Category category) {
		NewAppeal template = AppealFixtures.studentApplication(null, SCHOOL);
		return this.appeals.fileOnline(new NewAppeal(template.kind(), template.channel(), template.applicant(), false,
				false, null, List.of(), SCHOOL, Addressee.DEAN, category, "Өтініш: " + category,
				"Мәселенің мәні жазылған мәтін.", Language.KK, null, null, null, null), List.of());
	}

	/** A staff member's application on business ethics (REV-5). */
	public Appeal staffAppeal(Category category) {
		return this.appeals.fileOnline(new NewAppeal(AppealKind.COMPLAINT, Channel.PORTAL,
				Applicant.staff("Серікбаева Ботагөз", "Доцент, анатомия кафедрасы", "Алматы қ., Абай д-лы, 1",
						"+7 701 000 00 01", "staff-it@example.kz"),
				false, false, null, List.of(), SCHOOL, Addressee.DEAN, category, "Іскерлік әдеп бұзылды",
				"Әріптесім жиналыста мені қорлады.", Language.KK, null, null, null, null), List.of());
	}

	/** Routes to the body and has two arguments checked: one confirmed, one not. */
	public Appeal routedAndChecked(Appeal appeal, String bodyCode) {
		CurrentUser dean = dean();
		this.reviews.route(appeal.id(), bodyCode, "member", dean);
		ArgumentView first = this.reviews.addArgument(appeal.id(), "Емтихан бағасы әділетсіз қойылды", dean);
		ArgumentView second = this.reviews.addArgument(appeal.id(), "Оқытушы дөрекі сөйлеген", dean);
		this.reviews.recordFinding(first.id(), Finding.CONFIRMED, "Ведомость пен жұмыс сәйкес емес", dean);
		this.reviews.recordFinding(second.id(), Finding.NOT_CONFIRMED, "Куәгерлер растамады", dean);
		return this.appeals.find(appeal.id()).orElseThrow();
	}

	/** A meeting of the forum with this one appeal, everyone present. */
	public MeetingView meetingWith(String forumKey, UUID appealId, CurrentUser runner) {
		MeetingView meeting = this.reviews.scheduleMeeting(forumKey, LocalDate.now(), List.of(appealId), runner);
		List<String> everyone = this.reviews.membersOf(meeting).stream().map(AttendanceView::fullName).toList();
		return this.reviews.recordAttendance(meeting.id(), everyone, runner);
	}

	public static NewAction measure(boolean disciplinary) {
		return new NewAction(ActionKind.MEASURE, "Ибраев А.Т., оқытушы", "Бағаны қайта қарау", "Кафедра меңгерушісі",
				LocalDate.now().plusDays(10), disciplinary);
	}

	public static NewAction recommendation() {
		return new NewAction(ActionKind.RECOMMENDATION, "Кафедра",
				"Бағалау критерийлерін студенттерге алдын ала жариялау", "Деканның оқу ісі жөніндегі орынбасары",
				LocalDate.now().plusDays(30), false);
	}

}
