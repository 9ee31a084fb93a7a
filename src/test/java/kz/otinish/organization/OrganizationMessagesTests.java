package kz.otinish.organization;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's bundles have the same keys in kk, ru and en, and its templates use only
 * keys that exist.
 */
class OrganizationMessagesTests {

	@Test
	void everyBundleHasEveryKey() throws IOException {
		Set<String> kk = keys("messages/organization.properties");
		assertThat(kk).isNotEmpty();
		assertThat(keys("messages/organization_ru.properties")).isEqualTo(kk);
		assertThat(keys("messages/organization_en.properties")).isEqualTo(kk);
		assertThat(kk)
			.allSatisfy(key -> assertThat(key).matches("organization\\..+|\\w+\\.(schoolForm|membersForm)\\..+"));
	}

	@Test
	void templatesUseExistingKeys() throws IOException {
		Set<String> known = keys("messages/organization.properties");
		known.addAll(keys("messages/system.properties"));
		known.addAll(keys("messages/identity.properties"));
		Pattern key = Pattern.compile("#\\{([a-zA-Z][\\w.]+)[}(]");
		for (Resource template : new PathMatchingResourcePatternResolver()
			.getResources("classpath:templates/organization/*.html")) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher matcher = key.matcher(html);
			while (matcher.find()) {
				assertThat(known).as(template.getFilename()).contains(matcher.group(1));
			}
		}
	}

	@Test
	void enumLabelsExist() throws IOException {
		Set<String> known = keys("messages/organization.properties");
		for (BodyType type : BodyType.values()) {
			assertThat(known).contains("organization.bodyType." + type);
		}
		for (MemberRole role : MemberRole.values()) {
			assertThat(known).contains("organization.memberRole." + role);
		}
		for (OfficialPosition position : OfficialPosition.values()) {
			assertThat(known).contains("organization.position." + position);
		}
		for (UnitKind kind : UnitKind.values()) {
			assertThat(known).contains("organization.unitKind." + kind);
		}
	}

	private static Set<String> keys(String path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
