package kz.otinish.identity;

import java.nio.charset.StandardCharsets;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.audit.AuditTrail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@OtinishIntegrationTest
class PasswordChangeIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditTrail audit;

	private String submit(MockMvc mvc, String current, String next, String again) throws Exception {
		MockHttpServletRequestBuilder request = post("/settings/password?lang=ru")
			.with(user(this.accounts.loadUserByUsername("it-password-staff")))
			.with(csrf())
			.param("current", current)
			.param("next", next)
			.param("confirmation", again);
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("A person changes their own password: the current one is checked, short, common and username-like passwords are refused with a reason, typed passwords never come back, and the change is audited")
	void changePassword() throws Exception {
		CurrentUser staff = this.accounts.ensureAccount("it-password-staff", "old-secret-phrase", "Құпиясөз Оқытушы",
				Role.STAFF, "GM1", null, null);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		assertThat(submit(mvc, "wrong-current-1", "a fine long phrase", "a fine long phrase"))
			.contains("Текущий пароль неверен.")
			.doesNotContain("wrong-current-1")
			.doesNotContain("a fine long phrase");
		assertThat(submit(mvc, "old-secret-phrase", "qwerty123", "qwerty123"))
			.contains("Новый пароль слишком короткий: нужно не менее 12 символов.");
		assertThat(submit(mvc, "old-secret-phrase", "password1234", "password1234"))
			.contains("Этот пароль слишком распространён");
		assertThat(submit(mvc, "old-secret-phrase", "it-password-staff-2026", "it-password-staff-2026"))
			.contains("Пароль не должен содержать имя пользователя.");
		assertThat(submit(mvc, "old-secret-phrase", "a fine long phrase", "another phrase"))
			.contains("Новый пароль в обоих полях должен совпадать.");
		mvc.perform(post("/settings/password").with(user(this.accounts.loadUserByUsername("it-password-staff")))
			.with(csrf())
			.param("current", "old-secret-phrase")
			.param("next", "қазан айының жаңбырлы кеші")
			.param("confirmation", "қазан айының жаңбырлы кеші")).andExpect(redirectedUrl("/settings?passwordChanged"));
		String hash = this.accounts.loadUserByUsername("it-password-staff").getPassword();
		assertThat(this.encoder.matches("қазан айының жаңбырлы кеші", hash)).isTrue();
		assertThat(this.encoder.matches("old-secret-phrase", hash)).isFalse();
		assertThat(this.audit.of(staff.id())).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("CHANGE_PASSWORD");
			assertThat(entry.detail()).isNull();
		});
	}

}
