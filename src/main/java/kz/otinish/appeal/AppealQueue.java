package kz.otinish.appeal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A queue of appeals waiting for one kind of action by one person, as a query the
 * database counts and pages (oldest received first): the statuses, the duty that makes
 * the person the one to act (the same rules as {@link AppealAccessPolicy}), whether DL-4
 * complaints are in or out, and, for queues another module keeps, the appeals it names
 * ({@code only}) or leaves out ({@code except}), each a small set of work in progress.
 */
public record AppealQueue(Set<AppealStatus> statuses, Duty duty, @Nullable Boolean complaints,
		@Nullable Collection<UUID> only, @Nullable Collection<UUID> except) {

	/** Who is the one to act on the appeals of a queue. */
	public enum Duty {

		/**
		 * INT-1: whoever may register it (the records office, the school's dean's
		 * office).
		 */
		REGISTER,
		/**
		 * REV-1: whoever triages it (the school's dean, or the named official and above).
		 */
		TRIAGE,
		/** RES-1..RES-3: whoever delivers the answer. */
		DELIVER,
		/** REV-1: its executor. */
		EXECUTE,
		/** Whoever may see it. */
		SEE

	}

	public static AppealQueue of(Set<AppealStatus> statuses, Duty duty) {
		return new AppealQueue(statuses, duty, null, null, null);
	}

	public AppealQueue complaints(boolean complaints) {
		return new AppealQueue(this.statuses, this.duty, complaints, this.only, this.except);
	}

	public AppealQueue only(Collection<UUID> appealIds) {
		return new AppealQueue(this.statuses, this.duty, this.complaints, Set.copyOf(appealIds), this.except);
	}

	public AppealQueue except(Collection<UUID> appealIds) {
		return new AppealQueue(this.statuses, this.duty, this.complaints, this.only, Set.copyOf(appealIds));
	}

}
