package kz.otinish.registration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import kz.otinish.identity.CurrentUser;
import kz.otinish.registration.JournalEntryView;
import kz.otinish.registration.JournalView;
import kz.otinish.registration.Journals;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The journal page (TERM-8): a journal's entries for a period, for the records office and
 * deans.
 */
@Controller
class JournalController {

	static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter RECEIVED_AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final Journals journals;

	private final JournalReaders readers;

	private final MessageSource messages;

	private final Clock clock;

	JournalController(Journals journals, JournalReaders readers, MessageSource messages, Clock clock) {
		this.journals = journals;
		this.readers = readers;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("journalQuery")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(new JournalQuery.Checks());
	}

	@GetMapping("/journal")
	String showJournal(@Valid JournalQuery journalQuery, BindingResult result, CurrentUser user, Locale locale,
			Model model) {
		List<JournalView> readable = this.readers.readableBy(user);
		JournalView journal = this.readers.chosen(readable, journalQuery.journal());
		model.addAttribute("journals", readable);
		model.addAttribute("journal", journal);
		model.addAttribute("journalName", journal.name(locale));
		if (result.hasErrors()) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldError error : result.getFieldErrors()) {
				errors.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
			}
			model.addAttribute("errors", errors);
			model.addAttribute("from", typed(result, "from", journalQuery.from()));
			model.addAttribute("to", typed(result, "to", journalQuery.to()));
			return "registration/journal";
		}
		JournalQuery.Period period = journalQuery.period(LocalDate.now(this.clock));
		Page<JournalEntryView> entries = this.journals.entries(journal.code(), period.from(), period.to(),
				journalQuery.pageOrFirst(), PAGE_SIZE);
		model.addAttribute("from", period.from().toString());
		model.addAttribute("to", period.to().toString());
		model.addAttribute("period", period);
		model.addAttribute("entries", entries);
		model.addAttribute("rows", entries.getContent().stream().map(this::row).toList());
		return "registration/journal";
	}

	// keeps what the person typed, even when it is not a date
	private static String typed(BindingResult result, String field, @Nullable LocalDate bound) {
		FieldError error = result.getFieldError(field);
		Object value = (error != null) ? error.getRejectedValue() : bound;
		return (value != null) ? value.toString() : "";
	}

	private Row row(JournalEntryView entry) {
		var receivedAt = entry.receivedAt().atZone(this.clock.getZone());
		return new Row(entry.appealId(), entry.number().formatted(), receivedAt.toOffsetDateTime().toString(),
				RECEIVED_AT.format(receivedAt), entry.channel(), entry.registrar(), entry.summary());
	}

	/** A journal line as the page shows it, its time already in Asia/Almaty. */
	record Row(UUID appealId, String number, String receivedAtIso, String receivedAt, String channel, String registrar,
			String summary) {
	}

}
