/**
 * What an operator watches besides health: the registration latency, the outbox of event
 * publications and the mail waiting in it, overdue appeals, as Micrometer meters exported
 * at {@code /actuator/prometheus} for administrators (docs/operations.md, "Monitoring").
 * Only listens and reads.
 */
@NullMarked
package kz.otinish.monitoring;

import org.jspecify.annotations.NullMarked;
