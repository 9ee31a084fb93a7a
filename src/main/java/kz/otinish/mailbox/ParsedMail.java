package kz.otinish.mailbox;

import java.time.Instant;
import java.util.List;

import kz.otinish.appeal.IncomingFile;
import org.jspecify.annotations.Nullable;

/**
 * What could be read from one letter. Nothing here is trusted: the text is plain text,
 * the file names are as the sender gave them (the appeal module makes them safe).
 *
 * @param messageId the Message-ID header, if any
 * @param senderAddress the sender's e-mail address, if it could be read
 * @param senderName the sender's display name, if any
 * @param subject the decoded subject, blank if none
 * @param sentAt the Date header, if it could be read
 * @param text the body as plain text, blank if none could be read
 * @param files the attachments
 * @param notes what went wrong while reading
 */
record ParsedMail(@Nullable String messageId, @Nullable String senderAddress, @Nullable String senderName,
		String subject, @Nullable Instant sentAt, String text, List<IncomingFile> files, List<MailNote> notes) {

	ParsedMail {
		files = List.copyOf(files);
		notes = List.copyOf(notes);
	}

}
