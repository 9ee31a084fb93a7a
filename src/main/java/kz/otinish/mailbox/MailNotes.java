package kz.otinish.mailbox;

import java.util.List;
import java.util.Locale;

import kz.otinish.appeal.AttachmentSettings;
import kz.otinish.shared.Language;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts a letter's notes and fallback texts into words, in the reader's language. */
@Component
class MailNotes {

	private final MessageSource messages;

	private final AttachmentSettings attachments;

	MailNotes(MessageSource messages, AttachmentSettings attachments) {
		this.messages = messages;
		this.attachments = attachments;
	}

	String text(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

	List<String> render(List<MailNote> notes, Locale locale) {
		return notes.stream().map(note -> render(note, locale)).toList();
	}

	String render(MailNote note, Locale locale) {
		if ("mailbox.note.fileNotAttached".equals(note.key()) && note.args().size() == 2) {
			String file = note.args().get(0);
			String reasonKey = note.args().get(1);
			Object[] reasonArgs = switch (reasonKey) {
				case "appeal.attachment.tooMany" -> new Object[] { this.attachments.maxFiles() };
				case "appeal.attachment.tooLarge" -> new Object[] { file, this.attachments.maxSize().toMegabytes() };
				default -> new Object[] { file };
			};
			String reason = this.messages.getMessage(reasonKey, reasonArgs, reasonKey, locale);
			return this.messages.getMessage(note.key(), new Object[] { file, reason }, locale);
		}
		return this.messages.getMessage(note.key(), note.args().toArray(), note.key(), locale);
	}

	/** The short notice appended to the appeal's text, in the appeal's language. */
	String notice(List<MailNote> notes, Language language) {
		StringBuilder text = new StringBuilder("\n\n— ").append(text("mailbox.notice.title", language));
		render(notes, language.locale()).forEach(line -> text.append("\n• ").append(line));
		return text.toString();
	}

}
