package kz.otinish.people;

import kz.otinish.identity.ImportOutcome;
import kz.otinish.identity.PeopleDirectory;
import kz.otinish.organization.Organization;

import org.springframework.stereotype.Service;

/**
 * Reads the registrar's or HR's file, checks it row by row, and hands the good rows to
 * the directory: a dry run only forecasts. The faulty rows are listed by line and
 * skipped; the rest are imported. A file that cannot be read at all, or lacks a required
 * column, is refused whole.
 */
@Service
class PeopleImport {

	private final PeopleDirectory directory;

	private final Organization organization;

	PeopleImport(PeopleDirectory directory, Organization organization) {
		this.directory = directory;
		this.organization = organization;
	}

	/**
	 * @param fullFile the file lists everyone of its kind: those absent from it have left
	 * and are deactivated
	 */
	ImportReport run(ImportKind kind, byte[] content, boolean fullFile, boolean dryRun) {
		PeopleFile file = PeopleFile.read(content);
		PeopleRows.Checked checked = new PeopleRows(this.organization).check(kind, file);
		ImportOutcome outcome = dryRun
				? this.directory.preview(kind.personKind(), checked.people(), checked.externalIds(), fullFile)
				: this.directory.apply(kind.personKind(), checked.people(), checked.externalIds(), fullFile);
		return new ImportReport(kind, dryRun, fullFile, checked.rows(), checked.errors(),
				checked.people().stream().limit(ImportReport.SAMPLE).toList(), outcome);
	}

}
