package kz.otinish.privacy;

import java.util.Locale;
import java.util.Map;

import kz.otinish.documents.Pdf;
import kz.otinish.documents.Prints;
import kz.otinish.identity.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My data": the signed-in person sees everything Otinish holds about them and downloads
 * it as JSON or PDF (in the page's language).
 */
@Controller
class MyDataController {

	private final MyData data;

	private final Prints prints;

	MyDataController(MyData data, Prints prints) {
		this.data = data;
		this.prints = prints;
	}

	@GetMapping("/settings/my-data")
	String showMyData(CurrentUser user, Locale locale, Model model) {
		model.addAttribute("data", this.data.of(user, locale));
		return "privacy/my-data";
	}

	@GetMapping(path = "/settings/my-data.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<MyDataReport> downloadJson(CurrentUser user, Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("otinish-my-data.json").build().toString())
			.body(this.data.of(user, locale));
	}

	@GetMapping("/settings/my-data.pdf")
	ResponseEntity<byte[]> downloadPdf(CurrentUser user, Locale locale) {
		return pdf(this.prints, this.data.of(user, locale), locale);
	}

	static ResponseEntity<byte[]> pdf(Prints prints, MyDataReport report, Locale locale) {
		Pdf pdf = prints.print("my-data", locale, Map.of("data", report), "otinish-my-data.pdf");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.body(pdf.content());
	}

}
