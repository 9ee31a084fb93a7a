package kz.otinish.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BootstrapAdministratorTests {

	@Test
	@DisplayName("The first administrator's password must be long and not a demo or the username")
	void weakPasswordsAreRefused() {
		for (String weak : new String[] { "demo", "short-one", "first.admin", "my-demo-password", "Password12345" }) {
			assertThatThrownBy(() -> new BootstrapAdministrator.Settings("first.admin", weak, null, null).check())
				.as(weak)
				.hasMessageContaining("at least 12 characters");
		}
		assertThatCode(() -> new BootstrapAdministrator.Settings("first.admin", "Correct-Horse-42", null, null).check())
			.doesNotThrowAnyException();
		assertThatCode(() -> new BootstrapAdministrator.Settings(null, null, null, null).check())
			.doesNotThrowAnyException();
	}

}
