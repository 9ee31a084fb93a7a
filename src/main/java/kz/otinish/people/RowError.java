package kz.otinish.people;

/**
 * A row of the file that was not imported: its line (the header is line 1, as a
 * spreadsheet numbers its rows), and why, as a message key with arguments.
 */
record RowError(int line, String messageKey, Object... arguments) {
}
