package kz.otinish;

import java.time.ZoneId;

import kz.otinish.browser.AxeScript;
import kz.otinish.demo.AccountFixtures;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * What every integration test adds to the application: the movable {@link MutableClock}
 * (bean {@code testClock}, primary over the application's system clock) and the accounts
 * tests sign in as ({@link AccountFixtures}). The demo data is off in tests; each test
 * creates the appeals it needs through the module fixtures. The browser tests' copy of
 * axe-core is served from {@link AxeScript#PATH}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ AccountFixtures.class, AxeScript.class })
public class IntegrationTestConfiguration {

	@Bean
	@Primary
	MutableClock testClock(@Value("${otinish.time-zone:Asia/Almaty}") ZoneId zone) {
		return new MutableClock(zone);
	}

}
