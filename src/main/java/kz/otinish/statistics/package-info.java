/**
 * Statistics and analysis of the work with appeals (STAT-1, TERM-8): the dashboard of a
 * period and school, the list behind each figure, their CSV/XLSX exports, the school
 * council's report and the accreditation report. Counts come from the case file's
 * {@code AppealFigures} (the same filter and scope as the list behind each figure) and
 * the measures from the review module; the only data it owns is the dean's written
 * analysis ({@code statistics_analysis}). A leaf: nothing depends on it.
 */
@NullMarked
package kz.otinish.statistics;

import org.jspecify.annotations.NullMarked;
