/**
 * Value types and base exceptions that every module may use. Nothing here depends on any
 * other module.
 */
@NullMarked
package kz.otinish.shared;

import org.jspecify.annotations.NullMarked;
