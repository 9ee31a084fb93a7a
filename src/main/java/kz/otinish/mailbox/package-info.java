/**
 * E-mail intake (sop.md INT-2a, INT-5): reads the university's and the schools' corporate
 * mailboxes over IMAP, keeps every letter byte for byte and turns it into an appeal
 * awaiting registration, and acknowledges registered e-mail appeals to their senders.
 */
@NullMarked
package kz.otinish.mailbox;

import org.jspecify.annotations.NullMarked;
