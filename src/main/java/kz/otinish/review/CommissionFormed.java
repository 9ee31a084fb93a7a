package kz.otinish.review;

import java.time.Instant;
import java.util.UUID;

/**
 * REV-6: the dean formed the extended commission for an appeal; its order can be issued.
 *
 * @param appealId the appeal the commission considers
 * @param commissionId the commission
 * @param at when it was formed
 */
public record CommissionFormed(UUID appealId, UUID commissionId, Instant at) {
}
