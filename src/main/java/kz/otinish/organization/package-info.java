/**
 * The university as configuration: its schools, their collegial bodies (dean's office
 * council, QAC, EPC) and members, the Ethics Council, the units an extended commission
 * draws on, and the officials with their escalation chain (sop.md REV-1..REV-6). Loaded
 * from {@code organization/university.yml} into the database at start-up; read through
 * {@link kz.otinish.organization.Organization}. Members and officials point at accounts
 * (chosen from the directory); {@link kz.otinish.organization.BodyMemberships} says which
 * bodies and posts an account holds.
 */
@NullMarked
package kz.otinish.organization;

import org.jspecify.annotations.NullMarked;
