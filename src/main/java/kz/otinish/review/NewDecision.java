package kz.otinish.review;

import kz.otinish.appeal.Outcome;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A protocol decision on one agenda item (REV-8..REV-10).
 *
 * @param untrueRecognized REV-9: the facts are recognised as untrue (knowingly false,
 * insulting); only an extended commission may decide so, and then the measures against
 * the applicant and the apology to the injured party are required
 */
public record NewDecision(Outcome outcome, String reasons, List<NewAction> actions, boolean untrueRecognized,
		@Nullable String applicantMeasures, @Nullable String apology) {
}
