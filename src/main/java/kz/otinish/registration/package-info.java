/**
 * The journals of incoming documents (the records office's and each dean's office's) and
 * their registration numbers, unique and gapless per journal and year (sop.md INT-1,
 * TERM-7).
 */
@NullMarked
package kz.otinish.registration;

import org.jspecify.annotations.NullMarked;
