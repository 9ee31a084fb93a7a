package kz.otinish.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.otinish.shared.Language;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * On "my settings", the language switcher ({@code ?lang=}) also stores the signed-in
 * person's preferred language (for their e-mail), as the form there does. Elsewhere the
 * switcher changes only the pages' language (the cookie): looking at a page in another
 * language does not change which language one's mail comes in.
 */
@Configuration(proxyBeanMethods = false)
class LanguagePreference implements WebMvcConfigurer {

	private final Accounts accounts;

	LanguagePreference(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				apply(request, response);
				return true;
			}
		}).addPathPatterns("/settings");
	}

	void apply(HttpServletRequest request, HttpServletResponse response) {
		var user = Accounts.current();
		String lang = request.getParameter("lang");
		if (user.isEmpty() || lang == null) {
			return;
		}
		switch (lang.toLowerCase(Locale.ROOT)) {
			case "kk", "ru", "en" -> this.accounts.prefer(user.get().username(),
					Language.of(Locale.forLanguageTag(lang.toLowerCase(Locale.ROOT))));
			default -> {
			}
		}
	}

}
