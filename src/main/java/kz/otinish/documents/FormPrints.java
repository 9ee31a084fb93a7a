package kz.otinish.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Funding;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.StudyForm;
import kz.otinish.appeal.StudyLanguage;
import kz.otinish.identity.CurrentUser;
import kz.otinish.registration.JournalEntryView;
import kz.otinish.registration.JournalView;
import kz.otinish.registration.Journals;
import kz.otinish.shared.Language;
import kz.otinish.shared.NotFound;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forms rendered on demand and never stored: Appendix 1/2 (filled or blank) and the
 * journal print. {@link Documents} is their door.
 */
@Component
class FormPrints {

	/** The most journal lines one print holds. */
	static final int JOURNAL_LIMIT = 5000;

	private final AppealManagement appeals;

	private final Journals journals;

	private final DocumentData data;

	private final PdfRenderer renderer;

	private final Clock clock;

	private final kz.otinish.appeal.AppealAccessPolicy policy;

	private final org.springframework.context.MessageSource messages;

	FormPrints(AppealManagement appeals, Journals journals, DocumentData data, PdfRenderer renderer, Clock clock,
			kz.otinish.appeal.AppealAccessPolicy policy, org.springframework.context.MessageSource messages) {
		this.policy = policy;
		this.messages = messages;
		this.appeals = appeals;
		this.journals = journals;
		this.data = data;
		this.renderer = renderer;
		this.clock = clock;
	}

	/**
	 * INT-9: the appeal as Appendix 1 (student) or Appendix 2 (staff), filled, in the
	 * language asked.
	 */
	@Transactional
	public Pdf appendix(UUID appealId, Language language, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("d", this.data.of(appeal, language.locale()));
		variables.put("blank", false);
		variables.put("options", options());
		int appendix = (appeal.applicant().type() == ApplicantType.STAFF) ? 2 : 1;
		byte[] pdf = this.renderer.render("pdf/appendix-" + appendix, language.locale(), variables);
		return new Pdf(DocumentKeeper.fileName("appendix-" + appendix, appeal, 0), pdf, null);
	}

	/**
	 * INT-6, INT-9: a blank Appendix 1 (student) or 2 (staff) to fill in by hand at the
	 * desk.
	 */
	public Pdf blankAppendix(ApplicantType type, Language language) {
		Map<String, Object> variables = new LinkedHashMap<>();
		Map<String, Object> blank = new LinkedHashMap<>();
		blank.put("university", this.data.university(language.locale()));
		variables.put("d", blank);
		variables.put("blank", true);
		variables.put("options", options());
		int appendix = (type == ApplicantType.STAFF) ? 2 : 1;
		byte[] pdf = this.renderer.render("pdf/appendix-" + appendix, language.locale(), variables);
		return new Pdf("appendix-" + appendix + "-" + language.name().toLowerCase(Locale.ROOT) + ".pdf", pdf, null);
	}

	/**
	 * TERM-7, TERM-8: a journal's entries received in a period, for a reader of that
	 * journal.
	 */
	@Transactional(readOnly = true)
	public Pdf journal(String journalCode, LocalDate from, LocalDate to, Language language, CurrentUser user) {
		JournalView journal = this.journals.journalsReadableBy(user)
			.stream()
			.filter(readable -> readable.code().equals(journalCode))
			.findFirst()
			.orElseThrow(() -> new NotFound("documents.journal.notFound"));
		List<Map<String, Object>> rows = new ArrayList<>();
		int page = 0;
		Page<JournalEntryView> entries;
		do {
			entries = this.journals.entries(journal.code(), from, to, page++, 500);
			for (JournalEntryView entry : entries) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("number", entry.number().formatted());
				row.put("receivedAt", this.data.time(entry.receivedAt()));
				row.put("registeredAt", this.data.time(entry.registeredAt()));
				row.put("channel", entry.channel());
				row.put("registrar", entry.registrar());
				row.put("summary", entry.summary());
				rows.add(row);
			}
		}
		while (entries.hasNext() && rows.size() < JOURNAL_LIMIT);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("university", this.data.university(language.locale()));
		d.put("journalName", journal.name(language));
		d.put("journalCode", journal.code());
		d.put("from", this.data.day(from));
		d.put("to", this.data.day(to));
		d.put("printedAt", this.data.time(this.clock.instant()));
		d.put("printedBy", user.fullName());
		d.put("rows", rows);
		d.put("total", entries.getTotalElements());
		byte[] pdf = this.renderer.render("pdf/journal", language.locale(), Map.of("d", d));
		return new Pdf("journal-" + journal.code() + "-" + from + "-" + to + ".pdf", pdf, null);
	}

	/**
	 * The journal of a period as a workbook (TERM-8): its columns and the applicant's
	 * name, shown where the reader may see the appeal (an anonymous appeal says so).
	 */
	public kz.otinish.shared.TableExport journalTable(String journalCode, LocalDate from, LocalDate to,
			java.util.Locale locale, CurrentUser user) {
		JournalView journal = this.journals.journalsReadableBy(user)
			.stream()
			.filter(readable -> readable.code().equals(journalCode))
			.findFirst()
			.orElseThrow(() -> new NotFound("documents.journal.notFound"));
		List<kz.otinish.shared.TableExport.Column> columns = new ArrayList<>();
		for (String key : List.of("appeal.field.number", "appeal.field.receivedAt", "appeal.field.registeredAt",
				"appeal.field.channel", "appeal.field.registeredBy", "documents.journal.applicant",
				"appeal.field.subject")) {
			String heading = this.messages.getMessage(key, null, locale);
			columns.add(key.endsWith("subject") ? new kz.otinish.shared.TableExport.Column(heading, 60)
					: key.endsWith("applicant") ? new kz.otinish.shared.TableExport.Column(heading, 36)
							: kz.otinish.shared.TableExport.Column.of(heading));
		}
		List<List<@org.jspecify.annotations.Nullable Object>> rows = new ArrayList<>();
		int page = 0;
		Page<JournalEntryView> entries;
		do {
			entries = this.journals.entries(journal.code(), from, to, page++, 500);
			for (JournalEntryView entry : entries) {
				String applicant = this.appeals.find(entry.appealId())
					.filter(appeal -> this.policy.canSee(user, appeal))
					.map(appeal -> appeal.applicant().fullName() != null ? appeal.applicant().fullName()
							: this.messages.getMessage("documents.journal.anonymous", null, locale))
					.orElse("—");
				List<@org.jspecify.annotations.Nullable Object> row = new ArrayList<>();
				row.add(entry.number().formatted());
				row.add(this.data.time(entry.receivedAt()));
				row.add(this.data.time(entry.registeredAt()));
				row.add(this.messages.getMessage("appeal.channel." + entry.channel(), null, entry.channel(), locale));
				row.add(entry.registrar());
				row.add(applicant);
				row.add(entry.summary());
				rows.add(row);
			}
		}
		while (entries.hasNext() && rows.size() < JOURNAL_LIMIT);
		return new kz.otinish.shared.TableExport("journal-" + journal.code() + "-" + from + "-" + to, columns, rows);
	}

	private static Map<String, Object> options() {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("levels", names(LevelOfStudy.values()));
		options.put("languages", names(StudyLanguage.values()));
		options.put("fundings", names(Funding.values()));
		options.put("forms", names(StudyForm.values()));
		return options;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
