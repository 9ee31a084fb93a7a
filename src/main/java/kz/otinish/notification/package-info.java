/**
 * Tells people what needs them: in-app notifications and, where a mail server is
 * configured, e-mail. It only listens to other modules' events; nothing depends on it but
 * the layout.
 */
@NullMarked
package kz.otinish.notification;

import org.jspecify.annotations.NullMarked;
