package kz.otinish.blog;

import org.jspecify.annotations.Nullable;

/**
 * INT-3: an employee a post names, the school whose dean's office should consider it
 * ({@code null} for university-wide staff), and the words of the post that named them.
 */
public record RoutingSuggestion(String employee, @Nullable String schoolCode, String named) {
}
