package kz.otinish.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Warm render time of the registration receipt (Thymeleaf + openhtmltopdf + QR) and of a
 * two-page answer letter, against a raw PostgreSQL baseline measured in the same run: a
 * {@code select 1} round-trip and a one-row insert over JDBC. Not a test; run with
 * {@code bench/run.sh}, which writes bench/RESULTS.md.
 */
final class RenderBenchmark {

	public static void main(String[] args) throws Exception {
		int warmup = Integer.getInteger("bench.warmup", 30);
		int runs = Integer.getInteger("bench.runs", 100);
		String url = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
		String user = System.getProperty("bench.db.user", "postgres");
		String password = System.getProperty("bench.db.password", "");

		PdfRenderer renderer = new PdfRenderer(engine(),
				new DocumentSettings("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf",
						"net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf", "documents/emblem.png"));
		Map<String, Object> variables = receipt();
		Locale kk = Locale.forLanguageTag("kk");
		Runnable render = () -> {
			Map<String, Object> all = new LinkedHashMap<>(variables);
			all.put("qr", QrCodes.dataUri("http://localhost:8080/track?number=GM1-2026-15&code=QHFA290G2VMSJ2RW", 160));
			renderer.render("pdf/receipt", kk, all);
		};
		double[] pdf = measure(render, warmup, runs);
		int size = renderer.render("pdf/receipt", kk, withQr(variables)).length;
		Map<String, Object> answer = answer(((Map<?, ?>) variables.get("d")).get("university"));
		double[] answerPdf = measure(() -> renderer.render("pdf/answer", kk, answer), warmup, runs);
		int answerSize = renderer.render("pdf/answer", kk, answer).length;

		double[] select;
		double[] insert;
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			try (Statement ddl = db.createStatement()) {
				ddl.execute("create temporary table bench_row (id uuid primary key, note varchar(200))");
			}
			PreparedStatement one = db.prepareStatement("select 1");
			select = measure(() -> query(one), warmup * 10, runs * 10);
			PreparedStatement row = db.prepareStatement("insert into bench_row (id, note) values (?, ?)");
			insert = measure(() -> insert(row), warmup * 10, runs * 10);
		}

		String java = System.getProperty("java.version");
		StringBuilder md = new StringBuilder();
		md.append("# Documents benchmark\n\n");
		md.append("Warm render time of one registration receipt (Thymeleaf template `pdf/receipt`, QR code, ")
			.append("and of one answer letter (`pdf/answer`: findings table, measures, right to complain), ")
			.append("openhtmltopdf with embedded DejaVu Sans subsets), compared with raw PostgreSQL round-trips ")
			.append("over JDBC on 127.0.0.1 measured in the same run. Produced by `bench/run.sh`; Java ")
			.append(java)
			.append(", ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" CPUs (shared with other work, so figures vary between runs).\n\n");
		md.append("| what | runs | median ms | p95 ms | median as ratio to `select 1` | median as ratio to insert |\n");
		md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
		row(md, "receipt PDF render (" + size / 1024 + " KB)", runs, pdf, select, insert);
		row(md, "answer letter PDF render (" + answerSize / 1024 + " KB)", runs, answerPdf, select, insert);
		row(md, "PostgreSQL `select 1` round-trip", runs * 10, select, select, insert);
		row(md, "PostgreSQL one-row insert into a temporary table (autocommit, not WAL-logged)", runs * 10, insert,
				select, insert);
		md.append("\nWarm-up: ")
			.append(warmup)
			.append(" renders, ")
			.append(warmup * 10)
			.append(" queries of each kind.\n");
		// bench/run.sh names the file it assembles RESULTS.md from; run by hand, the
		// figures only go to the console
		if (args.length > 0) {
			Files.writeString(Path.of(args[0]), md.toString(), StandardCharsets.UTF_8);
		}
		System.out.print(md);
	}

	private static void row(StringBuilder md, String what, int runs, double[] sample, double[] select,
			double[] insert) {
		md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.1f | %.1f |%n", what, runs, median(sample),
				p95(sample), median(sample) / median(select), median(sample) / median(insert)));
	}

	static Map<String, Object> withQr(Map<String, Object> variables) {
		Map<String, Object> all = new LinkedHashMap<>(variables);
		all.put("qr", QrCodes.dataUri("http://localhost:8080/track?number=GM1-2026-15&code=QHFA290G2VMSJ2RW", 160));
		return all;
	}

	private static void query(PreparedStatement statement) {
		try (ResultSet rs = statement.executeQuery()) {
			rs.next();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void insert(PreparedStatement statement) {
		try {
			statement.setObject(1, UUID.randomUUID());
			statement.setString(2, "бенчмарк");
			statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double[] measure(Runnable task, int warmup, int runs) {
		for (int i = 0; i < warmup; i++) {
			task.run();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			task.run();
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static double median(double[] sorted) {
		return sorted[sorted.length / 2];
	}

	private static double p95(double[] sorted) {
		return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
	}

	static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/documents", "messages/appeal", "messages/organization");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	/** The answer letter's variables, made the way {@link Documents} makes them. */
	private static Map<String, Object> answer(Object university) {
		java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 25);
		AnswerLetter letter = new AnswerLetter(kz.otinish.shared.Language.KK, "GM1-2026-15", day.minusDays(12),
				"Әлия Нұрланқызы Сейітова", "Әлия Нұрланқызы Сейітова, Алматы қ., Төле би к-сі, 94",
				"Емтихан бағасын қайта қарау", "Білім беру бағдарламалары комитеті емтихан ведомосын тексерді.",
				java.util.List.of(
						new AnswerLetter.Finding("Емтихан сұрақтары силлабусқа сәйкес келмеді", true,
								"Салыстыру актісі"),
						new AnswerLetter.Finding("Критерийлер хабарланбады", false, "Порталда жарияланған")),
				AnswerLetter.Outcome.PARTLY_SATISFIED, "Өтініш ішінара қанағаттандырылсын.",
				new AnswerLetter.ProtocolReference("Білім беру бағдарламалары комитеті", "7", day.minusDays(2)),
				java.util.List.of("Емтиханды қайта тапсыруға рұқсат беру"),
				new AnswerLetter.ComplaintRight(new Signatory("Ерлан Оспанов", "Проректор"), day.plusMonths(3)),
				new Signatory("Ғалия Үсенова", "Декан"), day, "ШЫҒ-15/204");
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("document", DocumentKind.ANSWER.name());
		d.put("university", university);
		d.put("head", Map.of());
		d.put("letter", SuppliedData.of(letter));
		return Map.of("d", d);
	}

	static Map<String, Object> receipt() throws IOException {
		Map<String, Object> university = new LinkedHashMap<>();
		university.put("name", "Алатау медицина университеті");
		university.put("address", "050000, Алматы қ., Университет көшесі, 1");
		university.put("email", "info@university.example");
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("university", university);
		d.put("number", "GM1-2026-15");
		d.put("registeredAt", "25.11.2026 13:43");
		d.put("receivedAt", "25.11.2026 13:43");
		d.put("channel", "PORTAL");
		d.put("registeredBy", "Otinish");
		d.put("fullName", "Әлия Нұрланқызы Сейітова");
		d.put("schoolName", "Жалпы медицина 1 мектебі");
		d.put("subject", "Емтихан бағасын қайта қарау");
		d.put("dueOn", "17.12.2026");
		d.put("trackingCode", "QHFA290G2VMSJ2RW");
		d.put("trackingUrl", "http://localhost:8080/track?number=GM1-2026-15&code=QHFA290G2VMSJ2RW");
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("d", d);
		return variables;
	}

}
