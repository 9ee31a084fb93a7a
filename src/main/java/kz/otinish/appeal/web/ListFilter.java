package kz.otinish.appeal.web;

import java.time.LocalDate;

import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the staff list and of {@code GET /api/v1/appeals}, as they travel in the
 * address: kept by the pager and the search box, shareable as a link.
 *
 * @param from received on or after this day
 * @param to received on or before this day
 * @param overdue only the open appeals whose review period is over (DL-1, DL-2)
 * @param executor the username of the body member preparing the draft answer (REV-1)
 */
record ListFilter(@Nullable AppealStatus status, @Nullable AppealKind kind, @Nullable Channel channel,
		@Nullable String school, @Nullable Category category, @Nullable String body,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Boolean overdue,
		@Nullable String executor) {

	AppealFilter toFilter() {
		return AppealFilter.none()
			.withStatus(this.status)
			.withKind(this.kind)
			.withChannel(this.channel)
			.withSchool(blankToNull(this.school))
			.withCategory(this.category)
			.withBody(blankToNull(this.body))
			.withReceived(this.from, this.to)
			.withOverdue(Boolean.TRUE.equals(this.overdue) ? true : null)
			.withExecutor(blankToNull(this.executor));
	}

	/**
	 * Whether a filter other than the status and the kind is chosen: the list shows its
	 * further filters unfolded.
	 */
	public boolean anyMore() {
		return this.channel != null || blankToNull(this.school) != null || this.category != null
				|| blankToNull(this.body) != null || blankToNull(this.executor) != null || this.from != null
				|| this.to != null || Boolean.TRUE.equals(this.overdue);
	}

	/** The list's address with these filters and the words typed. */
	String href(String path, String words) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (!words.isEmpty()) {
			uri.queryParam("q", words);
		}
		put(uri, "status", this.status);
		put(uri, "kind", this.kind);
		put(uri, "channel", this.channel);
		put(uri, "school", blankToNull(this.school));
		put(uri, "category", this.category);
		put(uri, "body", blankToNull(this.body));
		put(uri, "from", this.from);
		put(uri, "to", this.to);
		put(uri, "overdue", Boolean.TRUE.equals(this.overdue) ? true : null);
		put(uri, "executor", blankToNull(this.executor));
		return uri.encode().build().toUriString();
	}

	private static void put(UriComponentsBuilder uri, String name, @Nullable Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
