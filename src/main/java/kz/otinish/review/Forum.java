package kz.otinish.review;

import java.util.Locale;

import kz.otinish.organization.BodyView;
import org.jspecify.annotations.Nullable;

/** A body or an extended commission, as a place that meets and keeps protocols. */
public record Forum(String key, @Nullable BodyView body, @Nullable CommissionView commission, boolean canRun) {

	public @Nullable String name(Locale locale) {
		return this.body == null ? null : this.body.name(locale);
	}

}
