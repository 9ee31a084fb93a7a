package kz.otinish.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer lends its parsed fonts to one rendering at a time, and puts the emblem in
 * as an opaque image.
 */
class PdfRendererTests {

	final PdfRenderer renderer = new PdfRenderer(RenderBenchmark.engine(),
			new DocumentSettings("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf",
					"net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf", "documents/emblem.png"));

	@Test
	@DisplayName("TERM-7: receipts rendered on more threads than there are parsed fonts each hold the applicant's Kazakh name, in the embedded font")
	void concurrentRenderingsShareTheParsedFonts() throws Exception {
		Map<String, Object> variables = RenderBenchmark.withQr(RenderBenchmark.receipt());
		byte[] alone = this.renderer.render("pdf/receipt", Locale.forLanguageTag("kk"), variables);
		ExecutorService threads = Executors.newFixedThreadPool(2 * Runtime.getRuntime().availableProcessors() + 2);
		try {
			List<Future<byte[]>> receipts = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				receipts.add(threads
					.submit(() -> this.renderer.render("pdf/receipt", Locale.forLanguageTag("kk"), variables)));
			}
			for (Future<byte[]> receipt : receipts) {
				String text = PdfChecks.text(receipt.get());
				assertThat(text).contains("Әлия Нұрланқызы Сейітова").isEqualTo(PdfChecks.text(alone));
			}
		}
		finally {
			threads.shutdown();
		}
	}

	@Test
	@DisplayName("An emblem with transparency is flattened on white once; an opaque one is kept as it is")
	void emblemIsOpaque() throws Exception {
		BufferedImage transparent = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
		transparent.setRGB(1, 1, 0xFF1F4E79);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(transparent, "png", png);

		BufferedImage flat = ImageIO.read(new ByteArrayInputStream(PdfRenderer.opaque(png.toByteArray())));
		assertThat(flat.getColorModel().hasAlpha()).isFalse();
		assertThat(flat.getRGB(0, 0) & 0xFFFFFF).as("a transparent pixel on white paper").isEqualTo(0xFFFFFF);
		assertThat(flat.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0x1F4E79);

		byte[] shipped = new org.springframework.core.io.ClassPathResource("documents/emblem.png")
			.getContentAsByteArray();
		assertThat(PdfRenderer.opaque(shipped)).isEqualTo(shipped);
	}

	@Test
	@DisplayName("openhtmltopdf logs through SLF4J at the levels Spring Boot sets: its per-document INFO lines stay out of a log set to WARN")
	void libraryLogsThroughSlf4j() {
		Logger library = (Logger) LoggerFactory.getLogger("com.openhtmltopdf");
		ListAppender<ILoggingEvent> seen = new ListAppender<>();
		seen.start();
		library.addAppender(seen);
		Level before = library.getLevel();
		library.setLevel(Level.WARN);
		try {
			// the renderer built above installed the bridge
			XRLogger log = XRLog.getLoggerImpl();
			log.log("com.openhtmltopdf.load", java.util.logging.Level.INFO, "Loading font(DejaVu Sans)");
			log.log("com.openhtmltopdf.load", java.util.logging.Level.WARNING, "Could not load font");
			assertThat(seen.list).singleElement().satisfies(event -> {
				assertThat(event.getLoggerName()).isEqualTo("com.openhtmltopdf.load");
				assertThat(event.getLevel()).isEqualTo(Level.WARN);
				assertThat(event.getFormattedMessage()).isEqualTo("Could not load font");
			});
		}
		finally {
			library.setLevel(before);
			library.detachAppender(seen);
		}
	}

}
