package kz.otinish;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full Otinish context on the test database (H2, or PostgreSQL with
 * {@code -Ppostgres}). Every integration test uses this one configuration so that the
 * context is started once. Its e-mail goes to the shared {@link TestMailServer}
 * (GreenMail).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(initializers = TestMailServer.class)
public @interface OtinishIntegrationTest {

}
