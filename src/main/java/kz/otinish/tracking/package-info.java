/**
 * Public tracking: anyone holding an appeal's registration number and tracking code sees
 * its status and due date, on a page or over the API, without signing in. Look-ups are
 * rate-limited per client address; the tracking codes themselves belong to the case file.
 */
@NullMarked
package kz.otinish.tracking;

import org.jspecify.annotations.NullMarked;
