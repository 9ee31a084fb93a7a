package kz.otinish.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.otinish.shared.Language;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

/**
 * Keeps a signed-in person's pages and preference in step: the language switcher
 * ({@code ?lang=}) also stores the preference, and signing in on a browser without the
 * language cookie (a new device) starts in the preferred language. The API is left to
 * {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class LanguagePreference implements WebMvcConfigurer {

	static final String COOKIE = "otinish-lang";

	private final Accounts accounts;

	private final LocaleResolver locales;

	LanguagePreference(Accounts accounts, LocaleResolver locales) {
		this.accounts = accounts;
		this.locales = locales;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				apply(request, response);
				return true;
			}
		}).excludePathPatterns("/api/**", "/css/**", "/js/**", "/img/**", "/webjars/**");
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

	/**
	 * At sign-in a browser that has no language cookie yet (a new device) starts in the
	 * account's preferred language; one that chose a language keeps it.
	 */
	void signedIn(HttpServletRequest request, HttpServletResponse response, String username) {
		if (WebUtils.getCookie(request, COOKIE) == null) {
			this.locales.setLocale(request, response, this.accounts.preferredLanguage(username).locale());
		}
	}

}
