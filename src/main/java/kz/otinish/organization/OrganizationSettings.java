package kz.otinish.organization;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the organization comes from.
 *
 * @param file a YAML file on disk that replaces the bundled
 * {@code classpath:organization/university.yml}; unset for the bundled one
 */
@ConfigurationProperties("otinish.organization")
record OrganizationSettings(@Nullable String file) {

}
