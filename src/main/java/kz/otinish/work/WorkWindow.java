package kz.otinish.work;

import org.jspecify.annotations.Nullable;

/**
 * Which queue (all when {@code null}) and which of its items to load: {@code size} items
 * from {@code offset}; size 0 loads only the counts.
 */
public record WorkWindow(@Nullable String queue, int offset, int size) {

	public static WorkWindow countsOnly() {
		return new WorkWindow(null, 0, 0);
	}

	public boolean wants(String key) {
		return this.queue == null || this.queue.equals(key);
	}

}
