package kz.otinish.review;

import java.util.List;

import kz.otinish.identity.CurrentUser;
import kz.otinish.organization.BodyView;
import org.jspecify.annotations.Nullable;

/** What the dean may choose from: the body suggested, the bodies, the executors. */
public record RoutingOptions(boolean canRoute, @Nullable BodyView suggested, List<BodyView> bodies,
		List<CurrentUser> executors) {
}
