/**
 * The frame around every page: locale and language switcher, layout, error pages and
 * problem details, the clock in Asia/Almaty, and each role's home page.
 */
@NullMarked
package kz.otinish.system;

import org.jspecify.annotations.NullMarked;
