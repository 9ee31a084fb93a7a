package kz.otinish.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.BodyView;
import kz.otinish.review.ActionKind;
import kz.otinish.review.ArgumentView;
import kz.otinish.review.CommissionMember;
import kz.otinish.review.Finding;
import kz.otinish.review.MeetingView;
import kz.otinish.review.MemberKind;
import kz.otinish.review.NewAction;
import kz.otinish.review.NewCommission;
import kz.otinish.review.NewDecision;
import kz.otinish.appeal.Outcome;
import kz.otinish.review.Reviews;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consideration in the demo (REV-1..REV-10): a few of GM1's registered appeals routed to
 * their suggested bodies, one decided at a meeting of the dean's office council with a
 * protocol, measures and a recommendation, and one before an extended commission. Runs
 * once: nothing is added when the council already has a meeting.
 */
@Component
@Order(300)
class DemoReviews implements DemoStep {

	private static final Log log = LogFactory.getLog(DemoReviews.class);

	private final Reviews reviews;

	private final AppealManagement appeals;

	private final Accounts accounts;

	private final DemoRecords records;

	private final kz.otinish.appeal.AppealLists lists;

	DemoReviews(Reviews reviews, AppealManagement appeals, Accounts accounts, DemoRecords records,
			kz.otinish.appeal.AppealLists lists) {
		this.lists = lists;
		this.records = records;
		this.reviews = reviews;
		this.appeals = appeals;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void seed() {
		this.accounts.ensureDemoAccount("ethics-secretary", "demo", "Қожахметов Бекзат Маратұлы", Role.BODY_SECRETARY,
				null, "ethics@university.example", null);
		if (!this.reviews.meetingsOf("GM1-DOC").isEmpty()) {
			return;
		}
		CurrentUser dean = this.accounts.byUsername("dean").orElse(null);
		CurrentUser secretary = this.accounts.byUsername("secretary").orElse(null);
		if (dean == null || secretary == null || this.accounts.byUsername("member").isEmpty()) {
			return;
		}
		List<Appeal> registered = this.lists
			.list(AppealFilter.status(AppealStatus.REGISTERED), PageRequest.of(0, 50), dean)
			.stream()
			.filter(appeal -> !appeal.anonymous() && appeal.triageOfficial().isEmpty())
			.filter(appeal -> this.records.isDemo(appeal.id()))
			.limit(4)
			.toList();
		if (registered.size() < 2) {
			return;
		}
		for (Appeal appeal : registered) {
			// the first goes to the council, whose meeting marks this step as done
			String body = appeal == registered.get(0) ? "GM1-DOC"
					: this.reviews.suggestedBody(appeal)
						.filter(suggested -> suggested.schoolCode() != null)
						.map(BodyView::code)
						.orElse("GM1-DOC");
			this.reviews.route(appeal.id(), body, "member", dean);
		}
		decideAtTheCouncil(registered.get(0), dean, secretary);
		formCommission(registered.get(1), dean);
		log.info("Demo consideration: " + registered.size() + " appeals in review, one decided, one commission");
	}

	private void decideAtTheCouncil(Appeal appeal, CurrentUser dean, CurrentUser secretary) {
		String body = this.reviews.routingOf(appeal.id()).orElseThrow().bodyCode();
		ArgumentView first = this.reviews.addArgument(appeal.id(), "Өтініш беруші айтқан жағдай орын алды", dean);
		ArgumentView second = this.reviews.addArgument(appeal.id(), "Бұл жағдай бірнеше рет қайталанды", dean);
		this.reviews.recordFinding(first.id(), Finding.CONFIRMED, "Кафедра құжаттары мен түсініктемелер растады", dean);
		this.reviews.recordFinding(second.id(), Finding.NOT_CONFIRMED, "Басқа жағдайлар туралы дерек жоқ", dean);
		MeetingView meeting = this.reviews.scheduleMeeting(body, LocalDate.now(), List.of(appeal.id()), secretary);
		List<String> present = this.reviews.membersOf(meeting)
			.stream()
			.map(member -> member.fullName())
			.limit(Math.max(1, this.reviews.membersOf(meeting).size() - 1))
			.toList();
		this.reviews.recordAttendance(meeting.id(), present, secretary);
		this.reviews.recordMinutes(meeting.id(),
				"Күн тәртібі: өтінішті қарау. Тыңдалды: деканның орынбасары. Шешім: ішінара қанағаттандыру.",
				secretary);
		this.reviews.decide(meeting.id(), appeal.id(), new NewDecision(Outcome.PARTLY_SATISFIED,
				"Бір дәлел расталды, екіншісі расталмады; кафедраға шара қолданылады.",
				List.of(new NewAction(ActionKind.MEASURE, "Кафедра меңгерушісі", "Жағдайды түзету және есеп беру",
						// the deputy dean by name: the member account sees it on /actions
						"Егорова Анна Павловна", LocalDate.now().plusDays(10), false),
						new NewAction(ActionKind.RECOMMENDATION, "Кафедра оқытушылары",
								"Студенттермен кері байланыс кездесуін өткізу", "Кафедра меңгерушісі",
								LocalDate.now().plusDays(30), false)),
				false, null, null), secretary);
	}

	private void formCommission(Appeal appeal, CurrentUser dean) {
		Appeal current = this.appeals.find(appeal.id()).orElseThrow();
		Map<MemberKind, String> suggested = this.reviews.suggestedMembers(current);
		List<CommissionMember> members = suggested.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().isBlank())
			.map(entry -> new CommissionMember(entry.getKey(), entry.getValue(), null))
			.toList();
		if (members.size() == suggested.size()) {
			this.reviews.formCommission(appeal.id(), new NewCommission("112-ө", LocalDate.now(), members), dean);
		}
	}

}
