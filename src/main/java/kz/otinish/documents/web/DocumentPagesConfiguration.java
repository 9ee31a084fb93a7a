package kz.otinish.documents.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the document links on every page that shows an appeal. */
@Configuration(proxyBeanMethods = false)
class DocumentPagesConfiguration implements WebMvcConfigurer {

	private final DocumentPages pages;

	DocumentPagesConfiguration(DocumentPages pages) {
		this.pages = pages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.pages);
	}

}
