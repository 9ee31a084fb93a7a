package kz.otinish.documents.web;

import java.nio.charset.StandardCharsets;

import kz.otinish.documents.Pdf;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF as a download, with its SHA-256 in a header when it is a stored document. */
final class PdfResponses {

	private PdfResponses() {
	}

	static ResponseEntity<byte[]> of(Pdf pdf) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(pdf.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString());
		if (pdf.sha256() != null) {
			response.header("X-Content-SHA256", pdf.sha256());
		}
		return response.body(pdf.content());
	}

}
