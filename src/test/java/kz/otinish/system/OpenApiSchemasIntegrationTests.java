package kz.otinish.system;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description tells the truth about the payloads: every JSON request body of
 * the API is documented by a schema of its own name (two Java types never share one, as
 * the blog's and the review's routing bodies once did), and that schema's properties are
 * the record's components.
 */
@OtinishIntegrationTest
class OpenApiSchemasIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	@DisplayName("OpenAPI: each request body's schema is named for one Java type only and lists exactly the record's properties")
	void requestBodiesMatchTheirSchemas() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-openapi-admin", "secret", "Әкімші OpenAPI", Role.ADMIN, null, null, null);
		String json = mvc.perform(get("/v3/api-docs").with(user(this.accounts.loadUserByUsername("it-openapi-admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode doc = JsonMapper.builder().build().readTree(json);

		Map<String, Set<String>> typesBySchema = new HashMap<>();
		List<String> mismatches = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			Method method = entry.getValue().getMethod();
			for (Parameter parameter : method.getParameters()) {
				if (!parameter.isAnnotationPresent(RequestBody.class) || !parameter.getType().isRecord()) {
					continue;
				}
				for (String path : entry.getKey().getPatternValues()) {
					for (RequestMethod verb : entry.getKey().getMethodsCondition().getMethods()) {
						JsonNode schema = doc.path("paths")
							.path(path)
							.path(verb.name().toLowerCase())
							.path("requestBody")
							.path("content")
							.path("application/json")
							.path("schema");
						String ref = schema.path("$ref").asString("");
						if (ref.isEmpty()) {
							continue;
						}
						String name = ref.substring(ref.lastIndexOf('/') + 1);
						typesBySchema.computeIfAbsent(name, key -> new TreeSet<>()).add(parameter.getType().getName());
						Set<String> documented = new TreeSet<>();
						doc.path("components")
							.path("schemas")
							.path(name)
							.path("properties")
							.propertyNames()
							.forEach(documented::add);
						Set<String> components = Arrays.stream(parameter.getType().getRecordComponents())
							.map(RecordComponent::getName)
							.collect(Collectors.toCollection(TreeSet::new));
						if (!documented.equals(components)) {
							mismatches.add(verb + " " + path + ": schema " + name + " documents " + documented + " but "
									+ parameter.getType().getName() + " has " + components);
						}
						checked++;
					}
				}
			}
		}
		assertThat(checked).as("request bodies checked").isGreaterThan(20);
		assertThat(typesBySchema).as("schema names shared by Java types")
			.allSatisfy((name, types) -> assertThat(types).as(name).hasSize(1));
		assertThat(mismatches).isEmpty();
	}

}
