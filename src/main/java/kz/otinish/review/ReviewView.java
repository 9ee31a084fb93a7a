package kz.otinish.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Everything about one appeal's consideration, for its page and the API. */
public record ReviewView(UUID appealId, @Nullable RoutingView routing, @Nullable CommissionView commission,
		List<RequestView> requests, List<ArgumentView> arguments, List<MeetingView> meetings,
		@Nullable DecisionView decision, List<ActionView> actions) {

	public Optional<DecisionView> decided() {
		return Optional.ofNullable(this.decision);
	}

}
