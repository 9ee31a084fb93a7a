package kz.otinish.work;

import java.util.List;

import kz.otinish.identity.CurrentUser;

/**
 * Implemented by each module that hands work on: the queues of this person's work that
 * the module keeps, each counted in the database and with one window of its items (paged,
 * never everything). A module returns no queue that does not concern the person's role.
 */
public interface WaitingWork {

	/**
	 * The queues for this person; only the one named by {@code window.queue()} when it is
	 * given, with the items of the window (none when its size is 0: counts only).
	 */
	List<WorkQueue> waitingFor(CurrentUser user, WorkWindow window);

}
