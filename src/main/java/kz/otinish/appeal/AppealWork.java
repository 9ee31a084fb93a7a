package kz.otinish.appeal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.work.WaitingWork;
import kz.otinish.work.WorkItem;
import kz.otinish.work.WorkQueue;
import kz.otinish.work.WorkWindow;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The appeal module's work for people: appeals to register (INT-1: the records office,
 * the dean's offices), appeals to triage and DL-4 complaints (REV-1: the school's dean,
 * or the official they were sent to). Other modules build their queues of appeals with
 * {@link #queue}.
 */
@Component
public class AppealWork implements WaitingWork {

	private final AppealManagement appeals;

	private final AppealLists lists;

	AppealWork(AppealManagement appeals, AppealLists lists) {
		this.lists = lists;
		this.appeals = appeals;
	}

	@Override
	public List<WorkQueue> waitingFor(CurrentUser user, WorkWindow window) {
		List<WorkQueue> queues = new ArrayList<>();
		if (user.is(Role.REGISTRAR) || user.is(Role.DEANS_OFFICE)) {
			queues.add(queue("toRegister",
					AppealQueue.of(java.util.Set.of(AppealStatus.RECEIVED), AppealQueue.Duty.REGISTER), user, window,
					appeal -> "/desk"));
		}
		if (user.is(Role.DEAN) || user.is(Role.OFFICIAL)) {
			AppealQueue triage = AppealQueue.of(AppealStatus.AWAITING_TRIAGE, AppealQueue.Duty.TRIAGE);
			queues.add(queue("triage", triage.complaints(false), user, window, AppealWork::page));
			queues.add(queue("complaints", triage.complaints(true), user, window, AppealWork::page));
		}
		return queues.stream().filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * A queue of appeals under this key for this person, counted and windowed by the
	 * database; {@code null} when the window asks for another queue. Each item links to
	 * the page the function names.
	 */
	public @Nullable WorkQueue queue(String key, AppealQueue queue, CurrentUser user, WorkWindow window,
			Function<Appeal, String> link) {
		if (!window.wants(key)) {
			return null;
		}
		long count = this.lists.count(queue, user);
		List<WorkItem> items = count == 0 ? List.of()
				: this.lists.queue(queue, user, window.offset(), window.size())
					.stream()
					.map(appeal -> item(appeal, link.apply(appeal)))
					.toList();
		return new WorkQueue(key, count, items);
	}

	/** The appeal's page. */
	public static String page(Appeal appeal) {
		return "/appeals/" + appeal.id();
	}

	static WorkItem item(Appeal appeal, String link) {
		return new WorkItem(appeal.id(), appeal.registration().map(Registration::number).orElse(null), appeal.subject(),
				appeal.dueOn().orElse(null), link);
	}

}
