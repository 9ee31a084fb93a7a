package kz.otinish.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention of personal data.
 *
 * @param yearsAfterClosing whole years after an appeal reached its final status after
 * which its personal data are anonymised (default 5)
 */
@ConfigurationProperties("otinish.retention")
record RetentionSettings(@DefaultValue("5") int yearsAfterClosing) {

	RetentionSettings {
		if (yearsAfterClosing < 1) {
			throw new IllegalArgumentException("otinish.retention.years-after-closing must be at least 1");
		}
	}

}
