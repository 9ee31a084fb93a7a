package kz.otinish.privacy;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.otinish.documents.Prints;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Everything Otinish holds about the caller, as JSON or as a PDF. */
@Tag(name = "Personal data", description = "Consent, and everything Otinish holds about the caller")
@RestController
class MyDataApi {

	private final MyData data;

	private final Prints prints;

	MyDataApi(MyData data, Prints prints) {
		this.data = data;
		this.prints = prints;
	}

	@Operation(summary = "Everything Otinish holds about the caller",
			description = "The account, the consents accepted, every appeal linked to the account with its particulars, "
					+ "files and delivered answer, and the notifications. JSON by default; ?format=pdf or "
					+ "Accept: application/pdf gives a PDF in the language of Accept-Language.")
	@GetMapping("/api/v1/me/data")
	ResponseEntity<?> myData(CurrentUser user, Locale locale, @RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		MyDataReport report = this.data.of(user, locale);
		boolean pdf = "pdf".equalsIgnoreCase(format)
				|| format == null && accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE)
						&& !accept.contains(MediaType.APPLICATION_JSON_VALUE);
		if (pdf) {
			return MyDataController.pdf(this.prints, report, locale);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
	}

}
