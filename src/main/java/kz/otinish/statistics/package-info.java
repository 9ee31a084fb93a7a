/**
 * Read-only reports on appeals (STAT-1): counts per school and status within the reader's
 * scope, never contents. A leaf: it reads the case file through its public queries and
 * nothing depends on it.
 */
@NullMarked
package kz.otinish.statistics;

import org.jspecify.annotations.NullMarked;
