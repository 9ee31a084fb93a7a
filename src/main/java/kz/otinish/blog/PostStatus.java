package kz.otinish.blog;

/** Whether a post's public version was decided on; labels are {@code blog.status.*}. */
enum PostStatus {

	/** Written, waiting for a moderator to publish or refuse publication. */
	AWAITING_MODERATION,
	/** The anonymised question and the answer are on the public page. */
	PUBLISHED,
	/**
	 * Not published, with a reason; the post stays on record and is still routed (INT-5).
	 */
	REFUSED

}
