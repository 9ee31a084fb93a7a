/**
 * The append-only audit trail: every state change and every view of a confidential
 * appeal, with actor, role, time, action and the status before and after. It listens to
 * {@link kz.otinish.shared.AuditedChange} events only, and has no path that updates or
 * deletes.
 */
@NullMarked
package kz.otinish.audit;

import org.jspecify.annotations.NullMarked;
