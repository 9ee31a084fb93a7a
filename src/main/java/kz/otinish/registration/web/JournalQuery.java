package kz.otinish.registration.web;

import java.time.LocalDate;
import java.time.YearMonth;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Which part of a journal to show: the journal (default: the reader's own), the period of
 * receipt (default: this month) and the page. Shared by the page and the API.
 */
record JournalQuery(
		@Parameter(description = "Journal code, e.g. KB or GM1; default: the records office's journal for the "
				+ "records office, the school's journal for a dean's office or dean") @Nullable String journal,
		@Parameter(description = "First day of the period of receipt (ISO date, Asia/Almaty), inclusive; "
				+ "default: the first day of this month") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
		@Parameter(description = "Last day of the period of receipt (ISO date, Asia/Almaty), inclusive; "
				+ "default: the last day of the month of 'from'") @DateTimeFormat(
						iso = ISO.DATE) @Nullable LocalDate to,
		@Parameter(description = "Page number, from 0") @Nullable Integer page,
		@Parameter(description = "Entries per page, 1 to 100") @Nullable Integer size) {

	static final int MAX_SIZE = 100;

	/**
	 * The period asked for, this month's (or the given date's month) where a bound is
	 * missing.
	 */
	Period period(LocalDate today) {
		LocalDate start = (this.from != null) ? this.from
				: YearMonth.from((this.to != null) ? this.to : today).atDay(1);
		LocalDate end = (this.to != null) ? this.to : YearMonth.from(start).atEndOfMonth();
		return new Period(start, end);
	}

	int pageOrFirst() {
		return (this.page != null) ? this.page : 0;
	}

	int sizeOr(int standard) {
		return (this.size != null) ? this.size : standard;
	}

	record Period(LocalDate from, LocalDate to) {
	}

	/** The checks Bean Validation cannot express; error codes are message keys. */
	static class Checks implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return JournalQuery.class.equals(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			JournalQuery query = (JournalQuery) target;
			if (query.from() != null && query.to() != null && query.to().isBefore(query.from())
					&& !errors.hasFieldErrors("to")) {
				errors.rejectValue("to", "registration.filter.periodOrder");
			}
			if (query.page() != null && query.page() < 0 && !errors.hasFieldErrors("page")) {
				errors.rejectValue("page", "registration.filter.page");
			}
			if (query.size() != null && (query.size() < 1 || query.size() > MAX_SIZE)
					&& !errors.hasFieldErrors("size")) {
				errors.rejectValue("size", "registration.filter.size", new Object[] { MAX_SIZE }, null);
			}
		}

	}

}
