package kz.otinish.blog;

import org.jspecify.annotations.Nullable;

/**
 * A university employee from the staff directory, with the school they work in if any.
 */
record Employee(String fullName, @Nullable String schoolCode) {
}
