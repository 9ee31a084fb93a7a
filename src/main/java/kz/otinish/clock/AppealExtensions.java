package kz.otinish.clock;

import kz.otinish.appeal.Actor;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.ReviewPeriodExtended;
import org.springframework.context.event.EventListener;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.calendar.DeadlineKind;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DL-2: extending an appeal's review period, never past the cap of 30 working days from
 * receipt, with the history of extensions and the applicant's notice, due within 3
 * working days of the extension. The module's façade for pages, the API and the letters
 * module.
 */
@Service
public class AppealExtensions {

	private final AppealManagement appeals;

	private final ExtensionStore store;

	private final WorkingDayCalendar calendar;

	private final ClockSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppealExtensions(AppealManagement appeals, ExtensionStore store, WorkingDayCalendar calendar,
			ClockSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.appeals = appeals;
		this.store = store;
		this.calendar = calendar;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Extends the review period of an appeal this person may extend (the dean, a higher
	 * official, or the dean's office as delegate; 404 otherwise) to {@code until}: the
	 * appeal decides (DL-2), this module records the extension when it happens (see
	 * {@link #on(ReviewPeriodExtended)}) and the applicant is notified through
	 * {@link AppealExtended}.
	 */
	@Transactional
	public ExtensionView extend(UUID appealId, LocalDate until, String reason, CurrentUser user) {
		this.appeals.perform(appealId, new AppealCommand.ExtendReview(until, reason), Actor.person(user));
		List<ExtensionView> recorded = this.store.ofAppeal(appealId);
		return recorded.get(recorded.size() - 1);
	}

	/**
	 * DL-2: keeps the history of an extension the appeal accepted, in its transaction,
	 * with the day by which the applicant must be told.
	 */
	@EventListener
	void on(ReviewPeriodExtended event) {
		LocalDate today = LocalDate.ofInstant(event.at(), this.clock.getZone());
		ExtensionView extension = new ExtensionView(UUID.randomUUID(), event.appealId(), event.at(),
				event.account() == null ? "system" : event.account(), event.extendedBy(), event.previousDue(),
				event.newDue(), event.reason(), this.calendar.addWorkingDays(today, this.settings.noticeWorkingDays()),
				null);
		this.store.insert(extension);
		this.events.publishEvent(new AppealExtended(extension.id(), event.appealId(), event.previousDue(),
				event.newDue(), extension.reason(), event.at(), extension.notifyBy()));
	}

	/** The extensions of an appeal this person may see (404 otherwise), oldest first. */
	@Transactional
	public List<ExtensionView> extensions(UUID appealId, CurrentUser user) {
		this.appeals.get(appealId, user);
		return this.store.ofAppeal(appealId);
	}

	/**
	 * The extensions of an appeal, for modules acting on the system's own behalf (the
	 * letters module's extension notice). Pages and the API use
	 * {@link #extensions(UUID, CurrentUser)}.
	 */
	@Transactional(readOnly = true)
	public List<ExtensionView> extensions(UUID appealId) {
		return this.store.ofAppeal(appealId);
	}

	/** One extension, for the system (the notice letter). */
	@Transactional(readOnly = true)
	public java.util.Optional<ExtensionView> extension(UUID extensionId) {
		return this.store.byId(extensionId);
	}

	/**
	 * The applicant was told of the extension at {@code at}: recorded once and audited.
	 * Called by the notification module once its message went out.
	 */
	@Transactional
	public void noticeSent(UUID extensionId, Instant at) {
		this.store.byId(extensionId).ifPresent(extension -> {
			if (this.store.markNoticeSent(extensionId, at)) {
				this.events.publishEvent(new ExtensionNoticeSent(extension.appealId(), at,
						Dates.day(extension.previousDue()) + " → " + Dates.day(extension.newDue())));
			}
		});
	}

	/** How many extensions were ever recorded (the demo data's idempotency check). */
	@Transactional(readOnly = true)
	public long count() {
		return this.store.count();
	}

	/** What the extension form needs to know about this appeal now. */
	@Transactional(readOnly = true)
	public ExtensionOptions options(Appeal appeal, CurrentUser user) {
		LocalDate cap = appeal.deadline(DeadlineKind.EXTENSION_CAP).map(d -> d.dueOn()).orElse(null);
		LocalDate due = appeal.dueOn().orElse(null);
		boolean allowed = this.appeals.canExtend(appeal, user) && cap != null && due != null && due.isBefore(cap);
		return new ExtensionOptions(allowed, due, cap, this.settings.noticeWorkingDays());
	}

	/**
	 * May this person extend now, the current due date and the DL-2 cap (either
	 * {@code null} before registration), and the working days the notice may take.
	 */
	public record ExtensionOptions(boolean allowed, @org.jspecify.annotations.Nullable LocalDate dueOn,
			@org.jspecify.annotations.Nullable LocalDate cap, int noticeWorkingDays) {
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
