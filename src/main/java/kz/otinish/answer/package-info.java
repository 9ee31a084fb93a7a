/**
 * The answer to a decided appeal: the executor's draft and its versions, the dean's
 * approval or return for rework, the delivery by applicant type (RES-1..RES-3), and the
 * applicant's verdict with the complaint to a higher official it may open (DL-4).
 */
@NullMarked
package kz.otinish.answer;

import org.jspecify.annotations.NullMarked;
