package kz.otinish.appeal;

import org.jspecify.annotations.Nullable;

/** Optional filters for appeal lists (page and API); {@code null} means any. */
public record AppealFilter(@Nullable AppealStatus status, @Nullable AppealKind kind, @Nullable String schoolCode,
		@Nullable Channel channel) {

	public static AppealFilter none() {
		return new AppealFilter(null, null, null, null);
	}

	public static AppealFilter status(AppealStatus status) {
		return new AppealFilter(status, null, null, null);
	}

}
