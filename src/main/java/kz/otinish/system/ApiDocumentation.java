package kz.otinish.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import kz.otinish.identity.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: title, authentication, and no
 * internals.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static {
		// the signed-in user is resolved from the session, an API token or HTTP Basic,
		// never sent as a parameter
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	OpenAPI otinishApi() {
		return new OpenAPI()
			.info(new Info().title("Otinish API")
				.version("v1")
				.description("Applications and complaints of students and teaching staff: file and read appeals, "
						+ "the registration journals, Kazakhstan's working-day calendar. Errors are RFC 9457 "
						+ "application/problem+json with a detail in the language of Accept-Language (kk, ru, en)."))
			.components(new Components()
				.addSecuritySchemes("bearerAuth",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("otn_… (an API token from /settings/tokens or POST /api/v1/tokens) or, "
									+ "when single sign-on is configured, the provider's JWT")
							.description("The way for integrations: one hash and one query per request. "
									+ "A token is shown once, expires and can be revoked."))
				.addSecuritySchemes("basicAuth",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("Username and password: each request verifies the password hash "
									+ "(slow by design, about 70 ms of CPU); sign-in lockout applies.")))
			.addSecurityItem(new SecurityRequirement().addList("bearerAuth"))
			.addSecurityItem(new SecurityRequirement().addList("basicAuth"));
	}

}
