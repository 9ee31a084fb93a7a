/**
 * The case file: the {@link kz.otinish.appeal.Appeal} aggregate with its applicant, text,
 * attachments and deadlines, the status machine as one table, who may see which appeal,
 * and the pages and API to file, find and read appeals.
 */
@NullMarked
package kz.otinish.appeal;

import org.jspecify.annotations.NullMarked;
