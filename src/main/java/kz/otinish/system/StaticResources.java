package kz.otinish.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files under the paths they have, instead of Spring Boot's catch-all
 * {@code /**} ({@code spring.web.resources.add-mappings=false}): our stylesheet and
 * scripts, and the webjars by versionless paths. With the catch-all, the resource URL
 * filter looked every link a page renders ({@code /appeals/…}, 25 rows and their links)
 * up on the class path and in the servlet context, found nothing and cached nothing: most
 * of a list page's server time at a million appeals (bench/RESULTS.md).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	private final CacheControl cache;

	StaticResources(@Value("${spring.web.resources.cache.period:7d}") Duration period) {
		this.cache = CacheControl.maxAge(period).cachePublic();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(this.cache);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(this.cache);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(this.cache)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
