package kz.otinish.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The calendar in the database, one cached {@link CalendarYear} per year. A shipped year
 * the database lacks is imported on start-up (and, should a computation come first, on
 * first use); a year neither stored nor shipped is the statutory fallback.
 * <p>
 * The cache is valid for one revision of the calendar ({@code calendar_revision}); every
 * change replaces the revision in its own transaction ({@link #changed()}), and each
 * transaction, or else each web request, compares it once ({@link #current()}), so a
 * correction made on one node applies on every node from the next transaction or request
 * on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarStore implements CalendarYears, ApplicationRunner {

	static final String SYSTEM = "system";

	/** The request attribute that holds the revision a web request read. */
	private static final String REQUEST_REVISION = CalendarStore.class.getName() + ".revision";

	private static final Logger log = LoggerFactory.getLogger(CalendarStore.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile Snapshot snapshot = new Snapshot(new UUID(0, 0), new ConcurrentHashMap<>());

	CalendarStore(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		ShippedCalendars.YEARS.forEach(this::year);
	}

	@Override
	public CalendarYear year(int year) {
		return current().year(year);
	}

	@Override
	public CalendarYears current() {
		UUID revision = revision();
		Snapshot snapshot = this.snapshot;
		if (!snapshot.revision().equals(revision)) {
			snapshot = new Snapshot(revision, new ConcurrentHashMap<>());
			this.snapshot = snapshot;
		}
		return snapshot::year;
	}

	/**
	 * Replaces the calendar's revision; called in the transaction of every change, so
	 * that every node re-reads its years once the change is committed. A change rolled
	 * back leaves the revision as it was: a node that cached the uncommitted data did so
	 * under a revision nobody will read again.
	 */
	void changed() {
		this.jdbc.sql("update calendar_revision set revision = ? where id = 1").param(UUID.randomUUID()).update();
		// the rest of this request reads the new revision
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(REQUEST_REVISION, RequestAttributes.SCOPE_REQUEST);
		}
		// later computations in this transaction see the change
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.getSynchronizations()
				.stream()
				.filter(RevisionRead.class::isInstance)
				.forEach(read -> ((RevisionRead) read).revision = UUID.randomUUID());
		}
	}

	/**
	 * The calendar's revision: read once per transaction (a registration computes three
	 * deadlines in one); outside one, once per web request (a list renders the working
	 * days left of each of its rows after its transaction ended: one read for the page,
	 * not two per row); on every call outside both.
	 */
	private UUID revision() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			if (request == null) {
				return readRevision();
			}
			Object read = request.getAttribute(REQUEST_REVISION, RequestAttributes.SCOPE_REQUEST);
			if (read instanceof UUID revision) {
				return revision;
			}
			UUID revision = readRevision();
			request.setAttribute(REQUEST_REVISION, revision, RequestAttributes.SCOPE_REQUEST);
			return revision;
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof RevisionRead read) {
				return read.revision;
			}
		}
		UUID revision = readRevision();
		TransactionSynchronizationManager.registerSynchronization(new RevisionRead(revision));
		return revision;
	}

	private UUID readRevision() {
		return this.jdbc.sql("select revision from calendar_revision where id = 1").query(UUID.class).single();
	}

	/**
	 * The revision this transaction read; a change in it replaces it with one nobody
	 * cached.
	 */
	private static final class RevisionRead implements TransactionSynchronization {

		private volatile UUID revision;

		RevisionRead(UUID revision) {
			this.revision = revision;
		}

	}

	/**
	 * The years cached for one revision. Data read after the revision is at least as new
	 * as the revision (the change and the new revision commit together); should it be
	 * newer, the next computation sees the newer revision and reads again.
	 */
	private final class Snapshot {

		private final UUID revision;

		private final Map<Integer, CalendarYear> years;

		Snapshot(UUID revision, Map<Integer, CalendarYear> years) {
			this.revision = revision;
			this.years = years;
		}

		UUID revision() {
			return this.revision;
		}

		CalendarYear year(int year) {
			CalendarYear cached = this.years.get(year);
			if (cached != null) {
				return cached;
			}
			// loaded outside the map's lock: loading may import a shipped year
			CalendarYear loaded = load(year);
			CalendarYear raced = this.years.putIfAbsent(year, loaded);
			return raced == null ? loaded : raced;
		}

	}

	boolean isStored(int year) {
		return this.jdbc.sql("select count(*) from calendar_year where year_number = ?")
			.param(year)
			.query(Integer.class)
			.single() > 0;
	}

	private CalendarYear load(int year) {
		if (!isStored(year)) {
			Optional<ShippedCalendars.ShippedYear> shipped = ShippedCalendars.read(year);
			if (shipped.isEmpty()) {
				return StatutoryRules.fallback(year);
			}
			importShipped(shipped.get());
		}
		return new CalendarYear(year, Coverage.DATA, days(year));
	}

	private void importShipped(ShippedCalendars.ShippedYear shipped) {
		try {
			this.transactions.executeWithoutResult(status -> {
				if (isStored(shipped.year())) {
					return;
				}
				String resource = ShippedCalendars.resourceName(shipped.year());
				insertYear(shipped.year(), "classpath:" + resource, String.join("\n", shipped.sources()), SYSTEM);
				CalendarYear year = shipped.toCalendarYear();
				year.days().forEach(day -> insertDay(day, SYSTEM));
				logChange(shipped.year(), null, ChangeType.YEAR_LOADED, null,
						resource + ": " + year.days().size() + " days", SYSTEM);
				// a node of an older release may have computed this year from the
				// statutory rules
				changed();
				log.info("Calendar {} loaded from {} ({} days)", shipped.year(), resource, year.days().size());
			});
		}
		catch (DuplicateKeyException ex) {
			// another instance loaded the same year at the same moment: its data is the
			// same
			log.debug("Calendar {} was loaded concurrently", shipped.year());
		}
	}

	List<CalendarDay> days(int year) {
		return this.jdbc.sql(
				"select on_date, kind, holiday, name, status, sources, note from calendar_day where year_number = ? order by on_date")
			.param(year)
			.query((rs, row) -> new CalendarDay(rs.getObject("on_date", LocalDate.class),
					DayKind.valueOf(rs.getString("kind")), holiday(rs.getString("holiday")), rs.getString("name"),
					DataStatus.valueOf(rs.getString("status")), sources(rs.getString("sources")), rs.getString("note")))
			.list();
	}

	Optional<CalendarDay> day(LocalDate date) {
		return days(date.getYear()).stream().filter(day -> day.date().equals(date)).findFirst();
	}

	void insertYear(int year, String origin, @Nullable String sources, String by) {
		this.jdbc.sql(
				"insert into calendar_year (year_number, origin, sources, created_by, created_at) values (?, ?, ?, ?, ?)")
			.params(year, origin, sources, by, now())
			.update();
	}

	void insertDay(CalendarDay day, String by) {
		this.jdbc
			.sql("""
					insert into calendar_day (on_date, year_number, kind, holiday, name, status, sources, note, changed_by, changed_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(day.date(), day.date().getYear(), day.kind().name(),
					day.holiday() == null ? null : day.holiday().name(), day.name(), day.status().name(),
					String.join("\n", day.sources()), day.note(), by, now())
			.update();
	}

	void updateDay(CalendarDay day, String by) {
		this.jdbc
			.sql("""
					update calendar_day set kind = ?, holiday = ?, name = ?, status = ?, sources = ?, note = ?, changed_by = ?, changed_at = ?
					where on_date = ?""")
			.params(day.kind().name(), day.holiday() == null ? null : day.holiday().name(), day.name(),
					day.status().name(), String.join("\n", day.sources()), day.note(), by, now(), day.date())
			.update();
	}

	void deleteDay(LocalDate date) {
		this.jdbc.sql("delete from calendar_day where on_date = ?").param(date).update();
	}

	void logChange(int year, @Nullable LocalDate date, ChangeType type, @Nullable String before, @Nullable String after,
			String by) {
		this.jdbc
			.sql("""
					insert into calendar_change (id, year_number, on_date, change_type, before_text, after_text, changed_by, changed_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), year, date, type.name(), before, after, by, now())
			.update();
	}

	List<CalendarChange> changes(int year) {
		return this.jdbc.sql("""
				select year_number, on_date, change_type, before_text, after_text, changed_by, changed_at
				from calendar_change where year_number = ? order by changed_at desc, id""")
			.param(year)
			.query((rs, row) -> new CalendarChange(rs.getInt("year_number"), rs.getObject("on_date", LocalDate.class),
					ChangeType.valueOf(rs.getString("change_type")), rs.getString("before_text"),
					rs.getString("after_text"), rs.getString("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class)))
			.list();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static @Nullable Holiday holiday(@Nullable String name) {
		return name == null ? null : Holiday.valueOf(name);
	}

	private static List<String> sources(@Nullable String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
