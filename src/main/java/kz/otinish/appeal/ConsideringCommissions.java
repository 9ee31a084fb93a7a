package kz.otinish.appeal;

import java.util.Set;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;

/**
 * REV-6: the appeals an extended commission considers, by who sits on it. Declared here
 * so that the access policy can let a commission's members see their appeal; the review
 * module, which forms commissions, implements it.
 */
public interface ConsideringCommissions {

	/** The appeals whose extended commission this person chairs or sits on. */
	Set<UUID> appealsConsideredBy(CurrentUser user);

}
