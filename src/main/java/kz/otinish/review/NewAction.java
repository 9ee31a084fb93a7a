package kz.otinish.review;

import java.time.LocalDate;

/** A measure or recommendation as a decision records it. */
public record NewAction(ActionKind kind, String addressee, String text, String responsible, LocalDate dueOn,
		boolean disciplinary) {
}
