package kz.otinish.matrix;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.identity.Accounts;
import kz.otinish.matrix.AuthorizationMatrix.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Every endpoint of the pages and the API, asked by every role (and by the scope variants
 * that matter: another applicant, the dean of another school, a member of no body that
 * considers the appeal), against {@code authorization-matrix.txt}. An endpoint without a
 * row, or a row without an endpoint, fails the test; so does every answer that differs
 * from its cell, listed together in one table. Conflict of interest (the dean and a
 * member recorded as subjects, REV-1) and IDOR (another appeal's attachment, REV-7 file,
 * document, argument; another body's meeting) are rows. Every request runs in a
 * transaction that is rolled back, so that a request that is allowed changes nothing the
 * next row sees. {@code -Dotinish.matrix.record=true} writes the answers seen to
 * {@code target/authorization-matrix.recorded.txt}. How to read and update the matrix:
 * docs/operations.md, "Authorization matrix".
 */
@OtinishIntegrationTest
class AuthorizationMatrixIntegrationTests {

	/** The matrix's columns and the fixture accounts that play them. */
	static final Map<String, String> ACTORS = actors();

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	Accounts accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final AtomicInteger requests = new AtomicInteger();

	/** Each actor as signed in, loaded once (every request rolls back its changes). */
	private final Map<String, UserDetails> signedIn = new java.util.HashMap<>();

	static Map<String, String> actors() {
		Map<String, String> actors = new LinkedHashMap<>();
		actors.put("anon", null);
		actors.put("stud", "student");
		actors.put("stu2", "mx-student2");
		actors.put("staf", "staff");
		actors.put("repr", "representative");
		actors.put("regi", "registrar");
		actors.put("dsof", "deansoffice");
		actors.put("dean", "dean");
		actors.put("dea2", "dean-dent");
		actors.put("secr", "secretary");
		actors.put("memb", "member");
		actors.put("mem2", "mx-member2");
		actors.put("mode", "moderator");
		actors.put("offi", "vicerector");
		actors.put("anal", "analyst");
		actors.put("admi", "admin");
		return actors;
	}

	@Test
	@DisplayName("Authorization matrix: every endpoint × every role answers as its row says (REV-1 conflict of interest, IDOR of attachments, REV-7 files, documents, meetings); no endpoint without a row")
	void everyEndpointAnswersEveryRoleAsTheMatrixSays() throws Exception {
		long started = System.nanoTime();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStarted = threads.getCurrentThreadCpuTime();
		AuthorizationMatrix matrix = AuthorizationMatrix.load();
		assertThat(matrix.actors()).as("the matrix's columns").containsExactlyElementsOf(ACTORS.keySet());

		Set<String> endpoints = endpoints();
		Set<String> covered = new TreeSet<>();
		matrix.rows().forEach(row -> covered.add(row.key()));
		Set<String> withoutRow = new TreeSet<>(endpoints);
		withoutRow.removeAll(covered);
		Set<String> withoutEndpoint = new TreeSet<>(covered);
		withoutEndpoint.removeAll(endpoints);

		MatrixWorld world = MatrixWorld.build(this.applicationContext);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		List<String> mismatches = new ArrayList<>();
		List<List<String>> observed = new ArrayList<>();
		List<String> details = new ArrayList<>();
		for (Row row : matrix.rows()) {
			long rowStarted = System.nanoTime();
			List<String> answers = new ArrayList<>();
			int column = 0;
			for (Map.Entry<String, String> actor : ACTORS.entrySet()) {
				String cell = row.cells().get(column++);
				MockHttpServletResponse response = ask(mvc, row, world, actor.getValue());
				String got = code(row, response);
				details.add(row.label() + " " + actor.getKey() + " " + detail(response));
				answers.add(got);
				String expected = Row.expected(cell);
				if (Row.knownFailure(cell) ? got.equals(expected) : !got.equals(expected)) {
					mismatches.add(String.format("%-70s %-5s %-3s %s", row.label(), actor.getKey(), cell, got)
							+ (Row.knownFailure(cell) ? "   (fixed? remove the ! mark)" : ""));
				}
			}
			observed.add(answers);
			details.add(row.label() + " took " + (System.nanoTime() - rowStarted) / 1_000_000 + " ms");
		}
		if (Boolean.getBoolean("otinish.matrix.record")) {
			record(matrix, observed, withoutRow);
			Files.write(Path.of("target", "authorization-matrix.details.txt"), details, StandardCharsets.UTF_8);
		}
		// the CPU time of this thread (the requests run in it) says more than the wall
		// time
		// on a shared machine
		System.out.printf("Authorization matrix: %d rows, %d requests, %d s (%d s CPU)%n", matrix.rows().size(),
				this.requests.get(), (System.nanoTime() - started) / 1_000_000_000L,
				(threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000_000L);

		assertThat(withoutRow).as("endpoints without a row in %s", AuthorizationMatrix.RESOURCE).isEmpty();
		assertThat(withoutEndpoint).as("rows in %s whose endpoint no longer exists", AuthorizationMatrix.RESOURCE)
			.isEmpty();
		assertThat(mismatches)
			.as("answers that differ from the matrix (row, actor, expected, got):%n%s",
					String.join(System.lineSeparator(), mismatches))
			.isEmpty();
	}

	/** Every handler method as {@code METHOD /path/{}}; one without a method as GET. */
	Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.add("GET");
			}
			for (String pattern : info.getPatternValues()) {
				for (String method : methods) {
					endpoints.add(method + " " + AuthorizationMatrix.normalized(pattern));
				}
			}
		}
		return endpoints;
	}

	/** One request in a transaction that is rolled back; its response, or null. */
	UserDetails signedIn(String username) {
		return this.signedIn.computeIfAbsent(username, name -> this.accounts.loadUserByUsername(name));
	}

	MockHttpServletResponse ask(MockMvc mvc, Row row, MatrixWorld world, String username) {
		String uri = AuthorizationMatrix.resolve(row.path(), world);
		AbstractMockHttpServletRequestBuilder<?> request = MatrixRequests.of(HttpMethod.valueOf(row.method()), uri, row,
				world, this.requests.incrementAndGet());
		if (username != null) {
			request.with(user(signedIn(username)));
		}
		TransactionTemplate rollback = new TransactionTemplate(this.transactions);
		return rollback.execute(status -> {
			status.setRollbackOnly();
			try {
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				String location = response.getRedirectedUrl();
				if (row.method().equals("GET") && location != null && location.startsWith("/")
						&& !location.contains("/sign-in")) {
					// a page that sends elsewhere (the answer page sends the applicant
					// to the verdict page) answers as where it sends
					AbstractMockHttpServletRequestBuilder<?> next = MatrixRequests.of(HttpMethod.GET, location, row,
							world, this.requests.incrementAndGet());
					if (username != null) {
						next.with(user(signedIn(username)));
					}
					return mvc.perform(next).andReturn().getResponse();
				}
				return response;
			}
			catch (Exception ex) {
				MockHttpServletResponse failed = new MockHttpServletResponse();
				failed.setStatus(599);
				failed.setHeader("X-Matrix-Exception", String.valueOf(ex));
				return failed;
			}
		});
	}

	private static final Pattern PAGE_MESSAGE = Pattern.compile("<h1[^>]*>([^<]*)</h1>\\s*<p[^>]*>([^<]*)</p>");

	/** The status with where it redirects to or the start of the body, for the record. */
	static String detail(MockHttpServletResponse response) {
		String body;
		try {
			body = response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			body = "";
		}
		String exception = response.getHeader("X-Matrix-Exception");
		String more = exception != null ? exception : response.getRedirectedUrl() != null
				? "-> " + response.getRedirectedUrl() : response.getStatus() >= 400 ? body.replaceAll("\\s+", " ") : "";
		return response.getStatus() + " " + more.substring(0, Math.min(more.length(), 300));
	}

	/**
	 * The answer's code. A form that comes back (200 to a POST of a page) refused what
	 * was sent: pages redirect after a POST that succeeds.
	 */
	static String code(Row row, MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status == 200 && !row.method().equals("GET") && !row.path().startsWith("/api/")) {
			return "E";
		}
		if (status >= 300 && status < 400) {
			String location = response.getRedirectedUrl();
			return location != null && location.contains("/sign-in") ? "R" : "A";
		}
		if (status >= 200 && status < 300) {
			return "A";
		}
		return switch (status) {
			case 401 -> "U";
			case 403 -> "D";
			case 404 -> "H";
			case 400, 409, 413, 415, 422 -> "E";
			case 405 -> "M";
			case 429 -> "T";
			default -> status >= 500 ? "X" : "?" + status;
		};
	}

	/**
	 * The matrix with the answers seen; a known failure keeps its mark while it still
	 * fails. Endpoints without a row are added at the end with their handler's path.
	 */
	void record(AuthorizationMatrix matrix, List<List<String>> observed, Set<String> withoutRow) throws Exception {
		List<String> lines = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("METHOD", "PATH", "VARIANT"));
		header.addAll(matrix.actors());
		lines.add(format(header));
		for (int i = 0; i < matrix.rows().size(); i++) {
			Row row = matrix.rows().get(i);
			List<String> fields = new ArrayList<>(List.of(row.method(), row.path(), row.variant()));
			for (int c = 0; c < observed.get(i).size(); c++) {
				String cell = row.cells().get(c);
				String got = observed.get(i).get(c);
				fields.add(Row.knownFailure(cell) && !got.equals(Row.expected(cell)) ? cell : got);
			}
			lines.add(format(fields));
		}
		for (String endpoint : withoutRow) {
			lines.add("# no row yet: " + endpoint);
		}
		Path target = Path.of("target", "authorization-matrix.recorded.txt");
		Files.createDirectories(target.getParent());
		Files.writeString(target, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}

	static String format(List<String> fields) {
		StringBuilder line = new StringBuilder(
				String.format("%-7s %-66s %-12s", fields.get(0), fields.get(1), fields.get(2)));
		for (String cell : fields.subList(3, fields.size())) {
			line.append(String.format(" %-4s", cell));
		}
		return line.toString().stripTrailing();
	}

}
