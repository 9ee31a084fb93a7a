package kz.otinish.appeal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read time of every list at scale, through the running application over loopback
 * with a signed-in session, against the raw SQL of the same query over JDBC, measured
 * alternately in the same run. Started by {@code bench/reads.sh} against a schema made by
 * {@code bench/generate.sh}; writes a markdown table. Not a test: speed goals are
 * measured here, never asserted in tests.
 */
public final class ListReadsBenchmark {

	/** otinish.search.ranked as the application runs (its default). */
	private static final int RANKED = 1000;

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final String NOT_SUBJECT = "not exists (select 1 from appeal_subject s where s.appeal_id = a.id "
			+ "and (s.account_id = ? or lower(s.account) = ?))";

	private final String base;

	private final String password;

	private final Connection db;

	private final int runs;

	private final int warmup;

	private ListReadsBenchmark(String base, String password, Connection db, int runs, int warmup) {
		this.base = base;
		this.password = password;
		this.db = db;
		this.runs = runs;
		this.warmup = warmup;
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		Path out = Path.of(args[1]);
		String url = System.getProperty("bench.db.url");
		String schema = System.getProperty("bench.db.schema");
		try (Connection db = DriverManager.getConnection(url, System.getProperty("bench.db.user"),
				System.getProperty("bench.db.password"))) {
			try (var statement = db.createStatement()) {
				statement.execute("set search_path = " + schema);
			}
			ListReadsBenchmark bench = new ListReadsBenchmark(base, System.getProperty("bench.password"), db,
					Integer.getInteger("bench.runs", 200), Integer.getInteger("bench.warmup", 30));
			bench.run(out);
		}
	}

	/** A signed-in person: their session and the values the scope's SQL needs. */
	record Person(String username, UUID id, String schoolCode, HttpClient http) {
	}

	/** One list: the page (or API call) and the raw SQL of the same query. */
	record Case(String name, Person person, String path, SqlQuery sql, double goalMs) {

		Case(String name, Person person, String path, SqlQuery sql) {
			this(name, person, path, sql, 50);
		}

	}

	@FunctionalInterface
	interface SqlQuery {

		void run(Connection db) throws SQLException;

	}

	record Result(String name, String path, double pageP50, double pageP95, double sqlP50, double sqlP95, int bytes,
			double goalMs, int rounds) {
	}

	private void run(Path out) throws Exception {
		long appeals = scalar("select count(*) from appeal");
		String deanSchool = string("select a.school_code from appeal a where a.status in ('REGISTERED', 'IN_TRIAGE') "
				+ "group by a.school_code order by count(*) desc limit 1");
		Person dean = signIn(string("select username from user_account where role = 'DEAN' and school_code = '"
				+ deanSchool + "' order by username limit 1"));
		Person registrar = signIn("registrar");
		Person official = signIn(string("select o.account from official o where o.official_position = 'VICE_RECTOR' "
				+ "order by o.sort_order limit 1"));
		Person applicant = signIn(string("select u.username from user_account u where u.role = 'STUDENT' "
				+ "and exists (select 1 from appeal a where a.applicant_user_id = u.id) order by u.username limit 1"));
		LocalDate today = LocalDate.now(ALMATY);
		Person analyst = signIn("analyst");
		LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() - 1 : today.getYear() - 2, 9,
				1);
		record Year(LocalDate from, LocalDate to) {
		}
		Year year = new Year(yearStart, yearStart.plusYears(1).minusDays(1));
		String number = string("select registration_number from appeal where registration_number is not null "
				+ "order by received_at desc offset 1000 limit 1");
		String name = string("select applicant_name from appeal where applicant_name is not null "
				+ "order by received_at desc offset 2000 limit 1");
		LocalDate horizon = addWorkingDays(today, 5 + 1).minusDays(1);
		Instant monthStart = today.withDayOfMonth(1).atStartOfDay(ALMATY).toInstant();
		Instant monthEnd = today.withDayOfMonth(1).plusMonths(1).atStartOfDay(ALMATY).toInstant();

		List<Case> cases = List.of(
				new Case("dean's triage queue", dean, "/triage",
						db -> page(db, "select a.* from appeal a where " + NOT_SUBJECT
								+ " and a.school_code = ? and a.status in ('REGISTERED', 'IN_TRIAGE') "
								+ "order by a.review_due_on asc nulls last, a.received_at, a.id offset 0 limit 26",
								dean, dean.schoolCode())),
				new Case("official's triage queue (every school)", official, "/triage",
						db -> page(db, "select a.* from appeal a where " + NOT_SUBJECT
								+ " and a.status in ('REGISTERED', 'IN_TRIAGE') "
								+ "order by a.review_due_on asc nulls last, a.received_at, a.id offset 0 limit 26",
								official)),
				new Case("staff list, dean, status filter", dean, "/appeals?status=IN_REVIEW", db -> page(db,
						"select a.* from appeal a where " + NOT_SUBJECT
								+ " and a.school_code = ? and a.status = 'IN_REVIEW' "
								+ "order by a.received_at desc, a.id desc offset 0 limit 26",
						dean, dean.schoolCode())),
				new Case("staff list, records office, kind filter", registrar, "/appeals?kind=COMPLAINT",
						db -> page(db, "select a.* from appeal a where " + NOT_SUBJECT
								+ " and a.kind = 'COMPLAINT' order by a.received_at desc, a.id desc offset 0 limit 26",
								registrar)),
				new Case("applicant's own list", applicant, "/appeals/mine",
						db -> page(db, "select a.* from appeal a where " + NOT_SUBJECT
								+ " and a.applicant_user_id = ? order by a.received_at desc, a.id desc offset 0 limit 26",
								applicant, applicant.id())),
				new Case("journal, this month", dean, "/journal",
						db -> journal(db, dean.schoolCode(), monthStart, monthEnd)),
				new Case("dean's overdue list", dean, "/overdue", db -> page(db, "select a.* from appeal a where "
						+ NOT_SUBJECT
						+ " and a.school_code = ? and a.status in ('REGISTERED', 'IN_TRIAGE', 'IN_REVIEW', 'DECIDED') "
						+ "and a.review_due_on <= ? order by a.review_due_on asc nulls last, a.received_at, a.id "
						+ "offset 0 limit 51", dean, dean.schoolCode(), java.sql.Date.valueOf(horizon))),
				new Case("official's overdue list (every school)", official, "/overdue",
						db -> page(db, "select a.* from appeal a where " + NOT_SUBJECT
								+ " and a.status in ('REGISTERED', 'IN_TRIAGE', 'IN_REVIEW', 'DECIDED') "
								+ "and a.review_due_on <= ? order by a.review_due_on asc nulls last, a.received_at, a.id "
								+ "offset 0 limit 51", official, java.sql.Date.valueOf(horizon))),
				new Case("API list, records office", registrar, "/api/v1/appeals?size=20",
						db -> page(db,
								"select a.* from appeal a where " + NOT_SUBJECT
										+ " order by a.received_at desc, a.id desc offset 0 limit 21",
								registrar)),
				new Case("API list, dean, status filter", dean, "/api/v1/appeals?size=20&status=CLOSED", db -> page(db,
						"select a.* from appeal a where " + NOT_SUBJECT
								+ " and a.school_code = ? and a.status = 'CLOSED' "
								+ "order by a.received_at desc, a.id desc offset 0 limit 21",
						dean, dean.schoolCode())),
				// the dashboard (STAT-1) of one school and of every school for the last
				// academic year, and search (a number, a name, a common word) at this
				// size
				new Case("dashboard, one school, academic year", dean,
						"/api/v1/statistics?from=" + year.from() + "&to=" + year.to(),
						db -> dashboard(db, dean, dean.schoolCode(), year.from(), year.to(), today), 300),
				new Case("dashboard, every school, academic year", analyst,
						"/api/v1/statistics?from=" + year.from() + "&to=" + year.to(),
						db -> dashboard(db, analyst, null, year.from(), year.to(), today), 1000),
				new Case("search, a registration number", registrar, "/api/v1/appeals?size=20&q=" + encode(number),
						db -> search(db, registrar, null, null, numberKey(number)), 100),
				new Case("search, an applicant's name", registrar, "/api/v1/appeals?size=20&q=" + encode(name),
						db -> search(db, registrar, null, tsquery(name), null), 100),
				new Case("search, a common word, dean's school", dean,
						"/api/v1/appeals?size=20&q=" + encode("жатақхана"),
						db -> search(db, dean, dean.schoolCode(), "жатакхан:*", null), 100));

		List<Result> results = new ArrayList<>();
		for (Case c : cases) {
			results.add(measure(c));
			System.out.printf(Locale.ROOT, "%-45s %s%n", c.name(), results.get(results.size() - 1));
			System.out.flush();
		}
		write(out, appeals, results);
	}

	private Result measure(Case c) throws Exception {
		// a read of a second or so is warmed up and measured in fewer rounds, so that the
		// run stays bounded: 40 rounds past 150 ms, 20 past 2 s (timed after three
		// warm-up
		// rounds, so that a cold first request does not count as slow)
		int bytes = 0;
		int first = Math.min(this.warmup, 3);
		for (int i = 0; i < first; i++) {
			bytes = get(c.person(), c.path());
			c.sql().run(this.db);
		}
		long probe = System.nanoTime();
		bytes = get(c.person(), c.path());
		double probeMs = (System.nanoTime() - probe) / 1e6;
		int rounds = probeMs > 2000 ? Math.min(this.runs, 20) : probeMs > 150 ? Math.min(this.runs, 40) : this.runs;
		int warmup = (probeMs > 150 ? Math.min(this.warmup, 5) : this.warmup) - first;
		for (int i = 0; i < warmup; i++) {
			bytes = get(c.person(), c.path());
			c.sql().run(this.db);
		}
		double[] page = new double[rounds];
		double[] sql = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			get(c.person(), c.path());
			page[i] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			c.sql().run(this.db);
			sql[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(page);
		Arrays.sort(sql);
		return new Result(c.name(), c.path(), percentile(page, 50), percentile(page, 95), percentile(sql, 50),
				percentile(sql, 95), bytes, c.goalMs(), rounds);
	}

	private static double percentile(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	/**
	 * The page query, then the deadlines of the appeals found (as the page loads them).
	 */
	private void page(Connection db, String sql, Person person, Object... more) throws SQLException {
		List<Object> ids = new ArrayList<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setObject(1, person.id());
			statement.setString(2, person.username().toLowerCase(Locale.ROOT));
			for (int i = 0; i < more.length; i++) {
				statement.setObject(3 + i, more[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getObject("id"));
					rows.getString("body_text");
				}
			}
		}
		if (ids.isEmpty()) {
			return;
		}
		try (PreparedStatement statement = db
			.prepareStatement("select * from appeal_deadline where appeal_id = any (?)")) {
			statement.setArray(1, db.createArrayOf("uuid", ids.toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getObject("due_on");
				}
			}
		}
	}

	/** The dashboard's grouped counts (AppealFigures), as raw SQL over the same scope. */
	private void dashboard(Connection db, Person person, String school, LocalDate from, LocalDate to, LocalDate today)
			throws SQLException {
		String where = " from appeal a where " + NOT_SUBJECT + " and a.received_at >= ? and a.received_at < ?"
				+ (school == null ? "" : " and a.school_code = ?");
		List<String> queries = new ArrayList<>();
		queries.add("select a.school_code, a.status, a.kind, a.channel, a.applicant_type, a.decision_outcome, "
				+ "a.review_extended, a.applicant_agreed, a.repeat_ground, count(*)" + where
				+ " group by 1, 2, 3, 4, 5, 6, 7, 8, 9");
		queries.add("select a.school_code, a.category, a.level_of_study, a.routed_body, count(*)" + where
				+ " group by 1, 2, 3, 4");
		queries.add("select a.school_code, count(*)" + where + " and a.answered_on is not null and exists "
				+ "(select 1 from appeal c where c.earlier_appeal_id = a.id and c.kind = 'COMPLAINT') group by 1");
		queries.add("select a.school_code, count(*)" + where
				+ " and a.status in ('REGISTERED', 'IN_TRIAGE', 'IN_REVIEW', 'DECIDED') and a.review_due_on < '" + today
				+ "' group by 1");
		queries.add("select a.school_code, a.answer_working_days, a.answered_in_time, count(*)" + where
				+ " and a.answered_on is not null group by 1, 2, 3");
		for (String sql : queries) {
			try (PreparedStatement statement = db.prepareStatement(sql)) {
				statement.setObject(1, person.id());
				statement.setString(2, person.username().toLowerCase(Locale.ROOT));
				statement.setObject(3, from.atStartOfDay(ALMATY).toOffsetDateTime());
				statement.setObject(4, to.plusDays(1).atStartOfDay(ALMATY).toOffsetDateTime());
				if (school != null) {
					statement.setString(5, school);
				}
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						rows.getLong(rows.getMetaData().getColumnCount());
					}
				}
			}
		}
	}

	/**
	 * Search as AppealSearch and PostgresSearch do it: the ids of the newest 1,001
	 * appeals in scope whose search document matches the words' prefix query or whose
	 * number key holds the typed number, then the first page of 21 (the API's slice) of
	 * the newest 1,000 of them ranked (a correlated rank of the document, then the
	 * newest).
	 */
	private void search(Connection db, Person person, String school, String tsquery, String numberKey)
			throws SQLException {
		String match = tsquery != null
				? "a.id in (select s.appeal_id from appeal_search s where s.document @@ to_tsquery('simple'::regconfig, ?))"
				: "a.id in (select s.appeal_id from appeal_search s where s.number_key like ?)";
		String where = " from appeal a where " + NOT_SUBJECT + " and " + match
				+ (school == null ? "" : " and a.school_code = ?");
		Object key = tsquery != null ? tsquery : "%" + numberKey + "%";
		List<Object> newest = new ArrayList<>();
		try (PreparedStatement statement = db
			.prepareStatement("select a.id" + where + " order by a.received_at desc, a.id limit " + (RANKED + 1))) {
			bindSearch(statement, person, key, school);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					newest.add(rows.getObject(1));
				}
			}
		}
		List<Object> ranked = newest.subList(0, Math.min(newest.size(), RANKED));
		if (ranked.isEmpty()) {
			return;
		}
		String rank = tsquery != null
				? "(select ts_rank(s.document, to_tsquery('simple'::regconfig, ?)) from appeal_search s where s.appeal_id = a.id)"
				: "(select case when s.number_key = ? then 2 else 1 end from appeal_search s where s.appeal_id = a.id)";
		try (PreparedStatement statement = db.prepareStatement("select a.* from appeal a where a.id = any(?) order by "
				+ rank + " desc, a.received_at desc limit 21")) {
			statement.setArray(1, db.createArrayOf("uuid", ranked.toArray()));
			statement.setObject(2, tsquery != null ? tsquery : numberKey);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getObject("id");
				}
			}
		}
	}

	private static int bindSearch(PreparedStatement statement, Person person, Object key, String school)
			throws SQLException {
		statement.setObject(1, person.id());
		statement.setString(2, person.username().toLowerCase(Locale.ROOT));
		statement.setObject(3, key);
		if (school != null) {
			statement.setString(4, school);
			return 5;
		}
		return 4;
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String numberKey(String number) {
		return number.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-zа-яё]", "");
	}

	/**
	 * The words' prefix query as SearchQuery makes it: each word folded, all required.
	 */
	private static String tsquery(String words) {
		return java.util.Arrays.stream(fold(words).split("[^0-9a-zа-яё]+"))
			.filter(word -> !word.isEmpty())
			.map(word -> word + ":*")
			.collect(java.util.stream.Collectors.joining(" & "));
	}

	private static String fold(String text) {
		StringBuilder folded = new StringBuilder();
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			folded.append(switch (c) {
				case 'і' -> 'и';
				case 'ү', 'ұ' -> 'у';
				case 'ө' -> 'о';
				case 'қ' -> 'к';
				case 'ғ' -> 'г';
				case 'ң' -> 'н';
				case 'ә' -> 'а';
				case 'һ' -> 'х';
				case 'ё' -> 'е';
				default -> c;
			});
		}
		return folded.toString();
	}

	private void journal(Connection db, String journal, Instant from, Instant until) throws SQLException {
		String where = " from journal_entry e where e.journal_code = ? and e.received_at >= ? and e.received_at < ?";
		try (PreparedStatement statement = db.prepareStatement(
				"select e.*" + where + " order by e.registration_year, e.sequence_number offset 0 limit 25")) {
			bind(statement, journal, from, until);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getString("summary");
				}
			}
		}
		try (PreparedStatement statement = db.prepareStatement("select count(*)" + where)) {
			bind(statement, journal, from, until);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
			}
		}
	}

	private static void bind(PreparedStatement statement, String journal, Instant from, Instant until)
			throws SQLException {
		statement.setString(1, journal);
		statement.setObject(2, from.atOffset(java.time.ZoneOffset.UTC));
		statement.setObject(3, until.atOffset(java.time.ZoneOffset.UTC));
	}

	private int get(Person person, String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = person.http()
			.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(java.time.Duration.ofSeconds(60))
				.header("Accept-Language", "kk")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " as " + person.username() + ": " + response.statusCode());
		}
		return response.body().length;
	}

	private Person signIn(String username) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(java.time.Duration.ofSeconds(10))
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = http
			.send(HttpRequest.newBuilder(URI.create(this.base + "/sign-in")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(this.password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(this.base + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("sign-in")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + location);
		}
		UUID id;
		String school;
		try (PreparedStatement statement = this.db
			.prepareStatement("select id, school_code from user_account where username = ?")) {
			statement.setString(1, username);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				id = rows.getObject(1, UUID.class);
				school = rows.getString(2);
			}
		}
		return new Person(username, id, school, http);
	}

	private LocalDate addWorkingDays(LocalDate start, int count) throws SQLException {
		LocalDate day = start;
		int added = 0;
		while (added < count) {
			day = day.plusDays(1);
			String kind = null;
			try (PreparedStatement statement = this.db
				.prepareStatement("select kind from calendar_day where on_date = ?")) {
				statement.setObject(1, day);
				try (ResultSet rows = statement.executeQuery()) {
					if (rows.next()) {
						kind = rows.getString(1);
					}
				}
			}
			boolean working = kind == null ? day.getDayOfWeek().getValue() < 6 : "WORKING_WEEKEND_DAY".equals(kind);
			if (working) {
				added++;
			}
		}
		return day;
	}

	private long scalar(String sql) throws SQLException {
		try (var statement = this.db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private String string(String sql) throws SQLException {
		try (var statement = this.db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			if (!rows.next()) {
				throw new IllegalStateException("nothing for: " + sql);
			}
			return rows.getString(1);
		}
	}

	private void write(Path out, long appeals, List<Result> results) throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# List reads at scale\n\n");
		md.append(String.format(Locale.ROOT,
				"Produced by `bench/reads.sh` on %s UTC against %,d appeals made by `bench/generate.sh` "
						+ "(PostgreSQL, Java %s, %d CPUs shared with other work). Each list: %d warm-up rounds, then %d "
						+ "rounds alternating the page over loopback (a signed-in session; time to the last byte, "
						+ "which is the server's time plus a loopback round trip) and the raw SQL of the same query "
						+ "over JDBC (the page's query and the batch of its deadlines). Goals: p95 ≤ 50 ms for lists, ≤ 100 ms for search; the dashboard ≤ 300 ms for one school and ≤ 1 s for every school (compared at p95 here, which includes a loopback round trip). Reads slower than 150 ms warm up in 5 rounds and run in 40 (20 past 2 s; the rounds column).\n\n",
				Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", ""), appeals,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), this.warmup,
				this.runs));
		md.append(
				"| read | request | page p50 ms | page p95 ms | SQL p50 ms | SQL p95 ms | page KB | rounds | goal |\n");
		md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
		for (Result r : results) {
			md.append(String.format(Locale.ROOT, "| %s | `%s` | %.1f | %.1f | %.2f | %.2f | %d | %d | %s |%n", r.name(),
					r.path(), r.pageP50(), r.pageP95(), r.sqlP50(), r.sqlP95(), r.bytes() / 1024, r.rounds(),
					r.pageP95() <= r.goalMs() ? String.format(Locale.ROOT, "≤ %.0f ms: met", r.goalMs()) : String
						.format(Locale.ROOT, "≤ %.0f ms: missed by %.0f ms", r.goalMs(), r.pageP95() - r.goalMs())));
		}
		Files.writeString(out, md.toString());
	}

}
