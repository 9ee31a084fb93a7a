package kz.otinish.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's corrections to the calendar, without a deploy: add a year, add,
 * change or remove a day. Every change is written to the change log with who and when,
 * and the next computation on every node reads the changed calendar.
 */
@Service
class CalendarAdministration {

	/** The years an administrator may edit: the Republic's calendar, within reason. */
	static final int FIRST_YEAR = 1992;

	static final int LAST_YEAR = 2100;

	private final CalendarStore store;

	CalendarAdministration(CalendarStore store) {
		this.store = store;
	}

	/**
	 * Adds a year seeded from the statutory rules; the administrator then adds its orders
	 * and Kurban Ait.
	 */
	@Transactional
	public CalendarYear addYear(int year, CurrentUser by) {
		checkYear(year);
		this.store.year(year); // a shipped year is imported first, so it counts as
								// present
		if (this.store.isStored(year)) {
			throw new Refused("calendar.refused.yearExists", String.valueOf(year));
		}
		createFromRules(year, by.username());
		return changed(year);
	}

	/** Adds the day, or changes it if the date already has an entry. */
	@Transactional
	public CalendarDay saveDay(CalendarDay day, CurrentUser by) {
		int year = day.date().getYear();
		checkYear(year);
		checkConsistent(day);
		ensureStored(year, by.username());
		Optional<CalendarDay> before = this.store.day(day.date());
		if (before.isPresent()) {
			this.store.updateDay(day, by.username());
			this.store.logChange(year, day.date(), ChangeType.CHANGED, describe(before.get()), describe(day),
					by.username());
		}
		else {
			this.store.insertDay(day, by.username());
			this.store.logChange(year, day.date(), ChangeType.ADDED, null, describe(day), by.username());
		}
		changed(year);
		return day;
	}

	/** Removes the day's entry: it becomes an ordinary weekday or weekend day. */
	@Transactional
	public void removeDay(LocalDate date, CurrentUser by) {
		int year = date.getYear();
		checkYear(year);
		ensureStored(year, by.username());
		CalendarDay before = this.store.day(date).orElseThrow(() -> new NotFound("calendar.error.dayNotFound"));
		this.store.deleteDay(date);
		this.store.logChange(year, date, ChangeType.REMOVED, describe(before), null, by.username());
		changed(year);
	}

	@Transactional(readOnly = true)
	public List<CalendarChange> changes(int year) {
		return this.store.changes(year);
	}

	private void ensureStored(int year, String by) {
		this.store.year(year);
		if (!this.store.isStored(year)) {
			// editing one day of a fallback year must not lose the statutory holidays
			createFromRules(year, by);
		}
	}

	private void createFromRules(int year, String by) {
		CalendarYear rules = StatutoryRules.fallback(year);
		this.store.insertYear(year, "statutory rules", StatutoryRules.LAW_267, by);
		rules.days().forEach(day -> this.store.insertDay(day, by));
		this.store.logChange(year, null, ChangeType.YEAR_CREATED, null,
				"statutory rules: " + rules.days().size() + " days", by);
	}

	static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new Refused("calendar.refused.yearOutOfRange", String.valueOf(year), String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
	}

	/**
	 * A working weekend day must be a Saturday or Sunday; a moved day off must be a
	 * weekday.
	 */
	static void checkConsistent(CalendarDay day) {
		if (day.kind() == DayKind.WORKING_WEEKEND_DAY && !day.onWeekend()) {
			throw new Refused("calendar.refused.workingDayNotWeekend", day.date().toString());
		}
		if ((day.kind() == DayKind.CARRY_OVER_DAY_OFF || day.kind() == DayKind.TRANSFERRED_DAY_OFF)
				&& day.onWeekend()) {
			throw new Refused("calendar.refused.dayOffOnWeekend", day.date().toString());
		}
	}

	/**
	 * Marks the calendar changed in this transaction, so that every node re-reads it from
	 * the commit on.
	 */
	private CalendarYear changed(int year) {
		this.store.changed();
		return new CalendarYear(year, Coverage.DATA, this.store.days(year));
	}

	static String describe(@Nullable CalendarDay day) {
		if (day == null) {
			return "";
		}
		String text = day.date() + " " + day.kind() + (day.holiday() == null ? "" : " " + day.holiday()) + " \""
				+ day.name() + "\" " + day.status() + " [" + String.join("; ", day.sources()) + "]"
				+ (day.note() == null ? "" : " (" + day.note() + ")");
		return text.length() > 4000 ? text.substring(0, 4000) : text;
	}

}
