package kz.otinish.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * All time comes from this clock, in the university's zone (Asia/Almaty); tests replace
 * it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${otinish.time-zone:Asia/Almaty}") ZoneId zone) {
		return Clock.system(zone);
	}

	/** "Not in the future" in forms means in Almaty, whatever the server's own zone. */
	@Bean
	ValidationConfigurationCustomizer validationClock(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}

}
