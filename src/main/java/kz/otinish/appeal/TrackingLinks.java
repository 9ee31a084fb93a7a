package kz.otinish.appeal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public tracking address of an appeal, printed on receipts and sent in
 * acknowledgements.
 */
@Component("trackingLinks")
public class TrackingLinks {

	private final String baseUrl;

	TrackingLinks(@Value("${otinish.public-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String url(Appeal appeal) {
		return UriComponentsBuilder.fromUriString(this.baseUrl)
			.path("/track")
			.queryParam("number", appeal.registration().map(Registration::number).orElse(""))
			.queryParam("code", appeal.trackingCode())
			.build()
			.toUriString();
	}

}
