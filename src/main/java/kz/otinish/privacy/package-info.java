/**
 * Personal data (Law No. 94-V "On personal data and their protection"): the versioned
 * consent text and who accepted which version, the retention job that anonymises closed
 * appeals past the retention period, and "my data", everything Otinish holds about the
 * signed-in applicant as JSON or PDF. It depends on the appeal, identity, answer,
 * documents and notification modules; the modules that keep personal data wipe their own
 * on the appeal's {@code AppealAnonymised} event.
 */
@NullMarked
package kz.otinish.privacy;

import org.jspecify.annotations.NullMarked;
