package kz.otinish.system;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Kazakh by default; {@code ?lang=ru|en|kk} switches and a cookie remembers the choice.
 * The API (no cookie) follows {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale KAZAKH = Locale.forLanguageTag("kk");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("otinish-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> {
			String header = request.getHeader("Accept-Language");
			// on the container's error dispatch the path is /error: the API's is the
			// original
			Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
			String path = original == null ? request.getRequestURI() : original.toString();
			if (header != null && path.startsWith("/api/")) {
				Locale requested = request.getLocale();
				return switch (requested.getLanguage()) {
					case "ru", "en", "kk" -> Locale.forLanguageTag(requested.getLanguage());
					default -> KAZAKH;
				};
			}
			return KAZAKH;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
