package kz.otinish.mailbox;

/** What became of a letter; both statuses mean an appeal awaits registration. */
enum MailStatus {

	/** Read completely: text and every attachment are in the appeal. */
	RECEIVED,
	/** Kept, but something did not fit (see the notes); the original holds everything. */
	RECEIVED_WITH_NOTES

}
