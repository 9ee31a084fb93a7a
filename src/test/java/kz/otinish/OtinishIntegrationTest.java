package kz.otinish;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A full Otinish context on the test database (H2, or PostgreSQL with
 * {@code -Ppostgres}). Every integration test uses this one configuration so that the
 * context is started once. Its e-mail goes to the shared {@link TestMailServer}
 * (GreenMail). The demo data is off: tests sign in as the accounts of
 * {@link kz.otinish.demo.AccountFixtures} and create their appeals with the module
 * fixtures; time comes from the {@link MutableClock}, which tests set and advance and
 * which is back on the system time after every test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(initializers = TestMailServer.class)
@Import(IntegrationTestConfiguration.class)
@TestExecutionListeners(listeners = MutableClockReset.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface OtinishIntegrationTest {

}
