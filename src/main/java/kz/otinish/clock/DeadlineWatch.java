package kz.otinish.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealDeadline;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Registration;
import kz.otinish.calendar.DeadlineKind;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.identity.Accounts;
import kz.otinish.organization.OfficialView;
import kz.otinish.organization.Organization;
import kz.otinish.review.ActionView;
import kz.otinish.review.Reviews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily deadline watch, on the working-day calendar: reminds the executor and the
 * dean at the configured points before the due date (DL-1, DL-2), warns the dean before
 * the DL-3 return deadline of an appeal still in triage, and escalates overdue appeals up
 * the chain (the dean and the vice-rector). Each reminder is claimed in its own
 * transaction under a unique key and published with the claim, so it goes out exactly
 * once, whichever node runs the watch and however often.
 */
@Service
public class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	/** How many appeals the watch loads at a time. */
	private static final int BATCH = 200;

	private final AppealManagement appeals;

	private final WorkingDayCalendar calendar;

	private final Organization organization;

	private final Accounts accounts;

	private final ClockSettings settings;

	private final ReminderLog reminders;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final Reviews reviews;

	private final kz.otinish.appeal.AppealLists lists;

	DeadlineWatch(AppealManagement appeals, WorkingDayCalendar calendar, Organization organization, Accounts accounts,
			ClockSettings settings, ReminderLog reminders, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, Reviews reviews,
			kz.otinish.appeal.AppealLists lists) {
		this.lists = lists;
		this.reviews = reviews;
		this.appeals = appeals;
		this.calendar = calendar;
		this.organization = organization;
		this.accounts = accounts;
		this.settings = settings;
		this.reminders = reminders;
		this.events = events;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Today's watch, in the university's zone. */
	public int run() {
		return runFor(LocalDate.now(this.clock));
	}

	/**
	 * The watch as it runs on {@code today}; returns how many reminders this call sent
	 * (those another node claimed first are not counted).
	 */
	public int runFor(LocalDate today) {
		int sent = 0;
		// only the appeals that can be due for a reminder today: due within the farthest
		// reminder point (the overdue ones included) or, in triage, within the return
		// warning; the earliest date beyond each is the working day after it
		LocalDate reviewBefore = this.calendar.addWorkingDays(today, this.settings.horizon() + 1);
		LocalDate returnBefore = this.calendar.addWorkingDays(today, this.settings.returnWarningWorkingDays() + 1);
		List<UUID> due = this.lists.openIdsDueBefore(reviewBefore, returnBefore);
		for (int from = 0; from < due.size(); from += BATCH) {
			List<UUID> batch = due.subList(from, Math.min(due.size(), from + BATCH));
			Set<ReminderLog.Claim> claimed = this.reminders.claimed(batch);
			for (Appeal appeal : this.lists.byIds(batch)) {
				try {
					sent += watch(appeal, today, claimed);
				}
				catch (RuntimeException ex) {
					// one broken appeal must not stop the watch for the others
					log.warn("Deadline watch failed for appeal {}: {}", appeal.id(), ex.toString());
				}
			}
		}
		for (ActionView action : this.reviews.openActions()) {
			if (today.isAfter(action.dueOn())) {
				try {
					sent += claimAction(action, today);
				}
				catch (RuntimeException ex) {
					log.warn("Deadline watch failed for measure {}: {}", action.id(), ex.toString());
				}
			}
		}
		return sent;
	}

	/**
	 * REV-8, REV-10 tracked to completion: an open measure or recommendation past its due
	 * date is reminded of once (per due date) to the responsible person, when an account
	 * bears that name, and to the dean (or the official who triages instead).
	 */
	private int claimAction(ActionView action, LocalDate today) {
		Optional<Appeal> found = this.appeals.find(action.appealId());
		if (found.isEmpty()) {
			return 0;
		}
		Appeal appeal = found.get();
		List<Recipient> recipients = new ArrayList<>();
		this.accounts.byFullName(action.responsible())
			.ifPresent(user -> recipients.add(new Recipient(user.username(), user.email(), user.fullName())));
		recipients.addAll(triageRecipients(appeal));
		List<Recipient> unique = distinct(recipients);
		if (unique.isEmpty()) {
			return 0;
		}
		try {
			this.newTransaction.executeWithoutResult(status -> {
				this.reminders.claimAction(action.id(), appeal.id(), action.dueOn(), today, this.clock.instant());
				this.events.publishEvent(new ReminderDue(appeal.id(),
						appeal.registration().map(Registration::number).orElse(null), action.text(),
						ReminderKind.ACTION_OVERDUE, this.calendar.workingDaysBetween(action.dueOn(), today),
						action.dueOn(), today, unique, this.clock.instant()));
			});
			return 1;
		}
		catch (DataIntegrityViolationException ex) {
			return 0;
		}
	}

	private int watch(Appeal appeal, LocalDate today, Set<ReminderLog.Claim> claimed) {
		int sent = 0;
		Optional<LocalDate> due = appeal.dueOn();
		if (due.isPresent()) {
			if (today.isAfter(due.get())) {
				sent += claim(appeal, ReminderKind.OVERDUE, 0, due.get(), today, claimed, this::overdueRecipients);
			}
			else {
				int left = this.calendar.workingDaysBetween(today, due.get());
				Optional<Integer> point = this.settings.reminderPoints().stream().filter(p -> left <= p).findFirst();
				if (point.isPresent()) {
					sent += claim(appeal, ReminderKind.DUE_SOON, point.get(), due.get(), today, claimed,
							this::dueSoonRecipients);
				}
			}
		}
		Optional<LocalDate> returnBy = appeal.deadline(DeadlineKind.RETURN).map(AppealDeadline::dueOn);
		boolean inTriage = appeal.status().awaitsTriage();
		if (inTriage && returnBy.isPresent() && !today.isAfter(returnBy.get()) && this.calendar
			.workingDaysBetween(today, returnBy.get()) <= this.settings.returnWarningWorkingDays()) {
			sent += claim(appeal, ReminderKind.RETURN_WARNING, this.settings.returnWarningWorkingDays(), returnBy.get(),
					today, claimed, this::triageRecipients);
		}
		return sent;
	}

	private int claim(Appeal appeal, ReminderKind kind, int point, LocalDate dueOn, LocalDate today,
			Set<ReminderLog.Claim> claimed, Function<Appeal, List<Recipient>> recipientsOf) {
		if (claimed.contains(new ReminderLog.Claim(appeal.id(), kind, point, dueOn))) {
			// sent on an earlier day (the unique key still decides a race between nodes)
			return 0;
		}
		List<Recipient> recipients = recipientsOf.apply(appeal);
		if (recipients.isEmpty()) {
			return 0;
		}
		try {
			this.newTransaction.executeWithoutResult(status -> {
				this.reminders.claim(appeal.id(), kind, point, dueOn, today, this.clock.instant());
				this.events.publishEvent(
						new ReminderDue(appeal.id(), appeal.registration().map(Registration::number).orElse(null),
								appeal.subject(), kind, point, dueOn, today, recipients, this.clock.instant()));
			});
			return 1;
		}
		catch (DataIntegrityViolationException ex) {
			// claimed already, here or on another node
			return 0;
		}
	}

	private List<Recipient> dueSoonRecipients(Appeal appeal) {
		List<Recipient> recipients = new ArrayList<>();
		executor(appeal).ifPresent(recipients::add);
		recipients.addAll(triageRecipients(appeal));
		return distinct(recipients);
	}

	private List<Recipient> triageRecipients(Appeal appeal) {
		return triageOfficial(appeal).map(this::recipient).map(List::of).orElse(List.of());
	}

	private List<Recipient> overdueRecipients(Appeal appeal) {
		List<Recipient> recipients = new ArrayList<>();
		executor(appeal).ifPresent(recipients::add);
		List<OfficialView> chain = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		Optional<OfficialView> current = triageOfficial(appeal);
		while (current.isPresent() && chain.size() < this.settings.escalationLevels()
				&& seen.add(current.get().code())) {
			chain.add(current.get());
			current = this.organization.higherOfficial(current.get());
		}
		chain.stream().map(this::recipient).forEach(recipients::add);
		return distinct(recipients);
	}

	/**
	 * Who triages the appeal: the official named on it (conflict of interest, DL-4), else
	 * the school's dean, else (no school) the rector.
	 */
	private Optional<OfficialView> triageOfficial(Appeal appeal) {
		Optional<OfficialView> named = appeal.triageOfficial().flatMap(this.organization::official);
		if (named.isPresent()) {
			return named;
		}
		if (appeal.schoolCode() != null) {
			Optional<OfficialView> dean = this.organization.dean(appeal.schoolCode());
			if (dean.isPresent()) {
				return dean;
			}
		}
		return this.organization.rector();
	}

	private Optional<Recipient> executor(Appeal appeal) {
		return appeal.executorAccount()
			.map(account -> new Recipient(account,
					this.accounts.byUsername(account).map(user -> user.email()).orElse(null),
					appeal.executorName().orElse(account)));
	}

	private Recipient recipient(OfficialView official) {
		String email = official.email();
		if ((email == null || email.isBlank()) && official.account() != null) {
			email = this.accounts.byUsername(official.account()).map(user -> user.email()).orElse(null);
		}
		return new Recipient(official.account(), email, official.fullName());
	}

	private static List<Recipient> distinct(List<Recipient> recipients) {
		Map<String, Recipient> unique = new LinkedHashMap<>();
		recipients.stream()
			.filter(r -> r.account() != null || r.email() != null && !r.email().isBlank())
			.forEach(r -> unique.putIfAbsent(r.key(), r));
		return List.copyOf(unique.values());
	}

}
