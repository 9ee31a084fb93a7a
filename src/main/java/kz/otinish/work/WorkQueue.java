package kz.otinish.work;

import java.util.List;

/**
 * One kind of work waiting for a person: its key (the label is {@code work.queue.<key>},
 * the hint {@code work.hint.<key>}), how many items wait, and the items of the window
 * asked for, the most urgent first.
 */
public record WorkQueue(String key, long count, List<WorkItem> items) {

	public WorkQueue {
		items = List.copyOf(items);
	}

}
