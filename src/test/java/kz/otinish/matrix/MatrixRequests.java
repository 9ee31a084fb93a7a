package kz.otinish.matrix;

import java.util.Map;

import kz.otinish.BadInputs;
import kz.otinish.matrix.AuthorizationMatrix.Row;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * How the matrix asks: a page with {@code Accept: text/html} and, for a form, the CSRF
 * token; the API with JSON. A state-changing request carries the body below (the smallest
 * one that passes the endpoint's own input checks where that is needed to tell
 * authorization apart, else none); the test rolls every request back. Variant
 * {@code multipart} sends a PDF as {@code file}. Each request comes from its own address,
 * so that the per-address rate limits of the public endpoints never answer instead.
 */
final class MatrixRequests {

	/** Bodies by {@code METHOD /normalized/{}} path. */
	private static final Map<String, String> JSON = Map.of();

	/** Form fields by {@code METHOD /normalized/{}} path, as a query string. */
	private static final Map<String, String> FORMS = Map.of();

	private MatrixRequests() {
	}

	static AbstractMockHttpServletRequestBuilder<?> of(HttpMethod method, String uri, Row row, int n) {
		boolean api = uri.startsWith("/api/");
		boolean writes = method != HttpMethod.GET;
		AbstractMockHttpServletRequestBuilder<?> request;
		if (row.variant().equals("multipart")) {
			MockMultipartHttpServletRequestBuilder multipart = multipart(method, uri);
			multipart.file(new MockMultipartFile("file", "анықтама.pdf", "application/pdf", BadInputs.PDF));
			request = multipart;
		}
		else {
			request = request(method, uri);
			if (api && writes) {
				request.contentType(MediaType.APPLICATION_JSON).content(JSON.getOrDefault(row.key(), "{}"));
			}
		}
		if (!api && writes) {
			String form = FORMS.get(row.key());
			if (form != null) {
				for (String pair : form.split("&")) {
					String[] field = pair.split("=", 2);
					request.param(field[0], field.length > 1 ? field[1] : "");
				}
			}
		}
		request.accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		if (writes) {
			request.with(csrf());
		}
		request.with(servlet -> {
			servlet.setRemoteAddr("10.77." + (n / 250 % 250) + "." + (n % 250 + 1));
			return servlet;
		});
		return request;
	}

}
