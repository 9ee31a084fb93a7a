package kz.otinish.shared;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rate limits by name, as settings: {@code otinish.rate-limit.<name>.max-attempts},
 * {@code .window} and {@code .max-keys} (e.g. {@code otinish.rate-limit.tracking.*}).
 *
 * @param rateLimit the policies by name
 */
@ConfigurationProperties("otinish")
public record RateLimitSettings(@DefaultValue Map<String, Policy> rateLimit) {

	/**
	 * One named limit.
	 *
	 * @param maxAttempts the attempts one key may make within a window
	 * @param window the sliding window
	 * @param maxKeys the most keys (client addresses) remembered at once; beyond it the
	 * least used are forgotten first, so that memory stays bounded whatever the number of
	 * addresses
	 */
	public record Policy(@DefaultValue("10") int maxAttempts, @DefaultValue("10m") Duration window,
			@DefaultValue("10000") int maxKeys) {

		public Policy {
			if (maxAttempts < 1 || maxKeys < 1 || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("a rate limit needs at least one attempt, one key and a window: "
						+ maxAttempts + ", " + maxKeys + ", " + window);
			}
		}

	}

}
