package kz.otinish.mailbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Something worth knowing about a letter (a file not attached, an unreadable body), kept
 * as a message key with arguments so that each reader sees it in their own language.
 */
record MailNote(String key, List<String> args) {

	MailNote {
		args = List.copyOf(args);
	}

	static MailNote of(String key, String... args) {
		return new MailNote(key, Arrays.asList(args));
	}

	/** One note per line, key and arguments separated by tabs. */
	static String encode(List<MailNote> notes) {
		StringBuilder text = new StringBuilder();
		for (MailNote note : notes) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(note.key());
			note.args().forEach(arg -> text.append('\t').append(arg.replaceAll("[\\t\\r\\n]", " ")));
		}
		return text.toString();
	}

	static List<MailNote> decode(String encoded) {
		List<MailNote> notes = new ArrayList<>();
		for (String line : encoded.split("\n")) {
			if (!line.isBlank()) {
				String[] parts = line.split("\t", -1);
				notes.add(new MailNote(parts[0], Arrays.asList(parts).subList(1, parts.length)));
			}
		}
		return notes;
	}

}
