package kz.otinish.people;

import java.util.List;

import kz.otinish.identity.ImportOutcome;
import kz.otinish.identity.PersonRecord;

/**
 * An import's result, or a dry run's forecast: the rows read, the faulty ones by line, a
 * sample of the people read, and what was (or would be) created, updated, left alone,
 * reactivated and deactivated.
 */
record ImportReport(ImportKind kind, boolean dryRun, boolean fullFile, int rows, List<RowError> errors,
		List<PersonRecord> sample, ImportOutcome outcome) {

	static final int SAMPLE = 20;

	public int valid() {
		return this.rows - this.errors.size();
	}

}
