package kz.otinish.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration module's façade: which journal an appeal goes to, registration with a
 * gapless number (INT-1, TERM-7), and reading the journals (TERM-8).
 */
@Service
public class Journals {

	/** The records office's university-wide journal. */
	public static final String RECORDS_OFFICE = "KB";

	private final Clock clock;

	private final JournalCatalog catalog;

	private final JournalEntries entries;

	private final JournalCounters counters;

	/**
	 * The journal each school's new appeals go to, read once per node: journals are
	 * configuration that migrations change, and a node migrates when it starts.
	 */
	private final Map<String, Journal> bySchool = new ConcurrentHashMap<>();

	Journals(Clock clock, JournalCatalog catalog, JournalEntries entries, JournalCounters counters) {
		this.clock = clock;
		this.catalog = catalog;
		this.entries = entries;
		this.counters = counters;
	}

	/**
	 * The journal an appeal to this school's dean (or, with {@code null}, to the rector)
	 * goes to: the school's active journal, else the records office's.
	 */
	@Transactional(readOnly = true)
	public String journalFor(@Nullable String schoolCode) {
		if (schoolCode == null) {
			return RECORDS_OFFICE;
		}
		return this.catalog.findBySchoolCode(schoolCode)
			.filter(Journal::active)
			.map(Journal::code)
			.orElse(RECORDS_OFFICE);
	}

	/**
	 * Registers an appeal in a journal and returns its number. Joins the caller's
	 * transaction: if the caller rolls back, the number is released and given to the next
	 * registration. Numbers are {@code 1, 2, 3, …} per journal and registration year (in
	 * the clock's zone, Asia/Almaty), printed with the journal's pattern.
	 * @throws NotFound if there is no such journal
	 * @throws Refused if the journal is closed or the appeal is already registered
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public RegistrationNumber register(String journalCode, RegistrationRequest request) {
		return register(journalCode, request, this.clock.instant());
	}

	/**
	 * Registration at a given moment (an import of history, the demo data); the number's
	 * year is the year of that moment. Otherwise as
	 * {@link #register(String, RegistrationRequest)}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public RegistrationNumber register(String journalCode, RegistrationRequest request, Instant now) {
		Journal journal = this.catalog.findById(journalCode).orElseThrow(Journals::noSuchJournal);
		if (this.entries.findByAppealId(request.appealId()).isPresent()) {
			throw new Refused("registration.alreadyRegistered");
		}
		return enter(journal, request, now);
	}

	/**
	 * Registers an appeal created in the caller's transaction (so in no journal yet) in
	 * the journal of its school's dean ({@code null}: the rector's), at the given moment:
	 * {@link #journalFor(String)} and
	 * {@link #register(String, RegistrationRequest, Instant)} in one read of the
	 * catalogue and without looking for an earlier entry (the journal's unique appeal
	 * still refuses a second one).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public RegistrationNumber registerNew(@Nullable String schoolCode, RegistrationRequest request, Instant now) {
		String school = (schoolCode == null) ? "" : schoolCode;
		Journal journal = this.bySchool.get(school);
		if (journal == null) {
			journal = ((schoolCode == null) ? Optional.<Journal>empty()
					: this.catalog.findBySchoolCode(schoolCode).filter(Journal::active))
				.or(() -> this.catalog.findById(RECORDS_OFFICE))
				.orElseThrow(Journals::noSuchJournal);
			this.bySchool.put(school, journal);
		}
		return enter(journal, request, now);
	}

	/**
	 * The counter's row lock is held until the caller commits: it is taken as late as the
	 * registration allows, after every read.
	 */
	private RegistrationNumber enter(Journal journal, RegistrationRequest request, Instant now) {
		if (!journal.active()) {
			throw new Refused("registration.journal.closed", journal.code());
		}
		int year = now.atZone(this.clock.getZone()).getYear();
		RegistrationNumber number = journal.number(year, this.counters.next(journal.code(), year));
		this.entries.save(new JournalEntry(number, request, now));
		return number;
	}

	/** Where and under which number the appeal was registered, if it was. */
	@Transactional(readOnly = true)
	public Optional<JournalEntryView> entryOf(UUID appealId) {
		return this.entries.findByAppealId(appealId).map(JournalEntry::toView);
	}

	/** Every journal, active or not, in display order (records office first). */
	@Transactional(readOnly = true)
	public List<JournalView> journals() {
		return this.catalog.findAllByOrderByPositionAscCodeAsc().stream().map(Journal::toView).toList();
	}

	/**
	 * @throws NotFound if there is no such journal
	 */
	@Transactional(readOnly = true)
	public JournalView journal(String code) {
		return this.catalog.findById(code).map(Journal::toView).orElseThrow(Journals::noSuchJournal);
	}

	/**
	 * The journals this person may read: the records office all of them, a dean's office
	 * and a dean their school's; nobody else any.
	 */
	@Transactional(readOnly = true)
	public List<JournalView> journalsReadableBy(CurrentUser user) {
		return switch (user.role()) {
			case REGISTRAR -> journals();
			case DEANS_OFFICE, DEAN -> (user.schoolCode() == null) ? List.of()
					: this.catalog.findBySchoolCode(user.schoolCode()).map(Journal::toView).stream().toList();
			default -> List.of();
		};
	}

	/**
	 * The entries of a journal whose appeals were received between two dates (inclusive,
	 * in Asia/Almaty), in number order, a page at a time.
	 */
	@Transactional(readOnly = true)
	public Page<JournalEntryView> entries(String journalCode, LocalDate from, LocalDate to, int page, int size) {
		ZoneId zone = this.clock.getZone();
		return this.entries
			.findInPeriod(journalCode, from.atStartOfDay(zone).toInstant(),
					to.plusDays(1).atStartOfDay(zone).toInstant(), kz.otinish.shared.Paging.of(page, size))
			.map(JournalEntry::toView);
	}

	/**
	 * Makes sure every active journal has its counters for this year and the next ahead
	 * of their first registrations, so that concurrent first registrations rarely need to
	 * create one (each creator holds a second pooled connection for a moment).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void prepareCounters() {
		int year = LocalDate.now(this.clock).getYear();
		this.catalog.findAll().stream().filter(Journal::active).forEach(journal -> {
			this.counters.create(journal.code(), year);
			this.counters.create(journal.code(), year + 1);
		});
	}

	private static NotFound noSuchJournal() {
		return new NotFound("registration.journal.notFound");
	}

}
