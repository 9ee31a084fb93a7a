package kz.otinish.search;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The text of an attached file, extracted once when the appeal is indexed: PDF (PDFBox)
 * and DOCX (Apache POI), the types the attachment policy sniffed with Apache Tika; other
 * types (images, spreadsheets) have no text to search. A file that cannot be read gives
 * no text rather than failing the index.
 */
@Component
class TextExtraction {

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** The most characters kept of one file. */
	static final int MAX_CHARS = 200_000;

	private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

	String text(String contentType, byte[] content) {
		if (content.length == 0) {
			return "";
		}
		try {
			String text = switch (contentType) {
				case PDF -> pdf(content);
				case DOCX -> docx(content);
				default -> "";
			};
			return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		}
		catch (Exception | LinkageError ex) {
			log.warn("No text extracted from a {} file of {} bytes: {}", contentType, content.length, ex.toString());
			return "";
		}
	}

	private static String pdf(byte[] content) throws Exception {
		try (PDDocument document = Loader.loadPDF(content)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String docx(byte[] content) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

}
