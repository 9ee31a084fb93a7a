package kz.otinish.nodes;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Otinish node: the built jar ({@code otinish.nodes.jar}, default
 * {@code target/otinish.jar}) started as operators start it, with {@code bin/otinish}
 * (production's JVM options and the class data sharing archive that
 * {@code bin/otinish cds} trains once per jar, docs/operations.md "JVM options and
 * start-up"), as a child process on PostgreSQL with the {@code postgres} profile, on a
 * port of its own, its output appended to {@code target/nodes/<name>.log}.
 * {@link #kill()} is SIGKILL ({@link Process#destroyForcibly()} on Linux; the script
 * {@code exec}s the JVM, so the signal reaches it): no shutdown hook, no graceful stop,
 * as a power cut.
 */
final class Node implements AutoCloseable {

	/**
	 * How long a start may take ({@code -Dotinish.nodes.start-timeout=PT5M} on a loaded
	 * machine).
	 */
	static final Duration START_TIMEOUT = Duration.parse(System.getProperty("otinish.nodes.start-timeout", "PT4M"));

	/**
	 * Added to production's JVM options ({@code OTINISH_JAVA_OPTS}, which the script
	 * documents): the client compiler only. These processes live a minute or two on a CI
	 * machine whose two cores the other test stages share, and spend less CPU on starting
	 * with it.
	 */
	static final String JAVA_OPTIONS = "-XX:TieredStopAtLevel=1";

	/**
	 * The arguments of a run that exits by itself (the training, verify-and-exit): any
	 * free port, no scheduled jobs.
	 */
	private static final List<String> EXITING_RUN = List.of("--spring.profiles.active=postgres", "--server.port=0",
			"--spring.main.banner-mode=off", "--otinish.retention.cron=-", "--otinish.clock.cron=-");

	/** Whether this JVM has run the training ({@link #trainClassDataSharing()}). */
	private static boolean trained;

	private final String name;

	private final Map<String, String> environment;

	private final List<String> arguments;

	private final int port;

	private final Path log;

	private Process process;

	private Node(String name, Map<String, String> environment, List<String> arguments) {
		this.name = name;
		this.environment = environment;
		this.arguments = arguments;
		this.port = freePort();
		this.log = Path.of("target", "nodes", name + ".log");
	}

	/** A node on the given database, with the first administrator in its environment. */
	static Node on(String name, NodeDatabase database, String... arguments) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("OTINISH_DB_URL", database.jdbcUrl());
		environment.put("OTINISH_DB_USER", database.user());
		environment.put("OTINISH_DB_PASSWORD", "");
		environment.put("OTINISH_BOOTSTRAP_ADMIN_USERNAME", Api.ADMIN);
		environment.put("OTINISH_BOOTSTRAP_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
		List<String> all = new ArrayList<>(
				List.of("--otinish.retention.cron=-", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false"));
		all.addAll(List.of(arguments));
		return new Node(name, environment, all);
	}

	static Path jar() {
		return Path.of(System.getProperty("otinish.nodes.jar", "target/otinish.jar"));
	}

	/**
	 * Starts the process and waits until it answers ready, or fails with its log's tail.
	 */
	Node start() {
		try {
			Files.createDirectories(this.log.getParent());
			Files.writeString(this.log, "==== start " + Instant.now() + "\n", StandardCharsets.UTF_8,
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			trainClassDataSharing();
			List<String> command = new ArrayList<>(
					List.of(script().toString(), "--spring.profiles.active=postgres", "--server.port=" + this.port));
			command.addAll(this.arguments);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
			builder.environment().putAll(scriptEnvironment());
			builder.environment().putAll(this.environment);
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		awaitReady();
		assertMapsTheArchive();
		return this;
	}

	/**
	 * The start maps the archive that {@code bin/otinish cds} wrote (read from the
	 * process's memory map on Linux): a start that silently fell back to parsing every
	 * class, as {@code -Xshare:auto} does with an archive that does not match, fails
	 * here.
	 */
	private void assertMapsTheArchive() {
		Path maps = Path.of("/proc", Long.toString(this.process.pid()), "maps");
		if (!Files.isReadable(maps)) {
			return; // not Linux: nothing to read it from
		}
		try {
			// as the kernel names it: links resolved
			if (!Files.readString(maps, StandardCharsets.UTF_8).contains(archive().toRealPath().toString())) {
				kill();
				throw new IllegalStateException(
						this.name + " started without the class data sharing archive " + archive() + ":\n" + logTail());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitReady() {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest ready = HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
			.timeout(Duration.ofSeconds(5))
			.build();
		try {
			Polling.until(this.name + " ready", START_TIMEOUT, () -> isReady(client, ready), Boolean::booleanValue);
		}
		catch (AssertionError ex) {
			kill();
			throw new IllegalStateException(this.name + " was not ready within " + START_TIMEOUT + ":\n" + logTail(),
					ex);
		}
	}

	private boolean isReady(HttpClient client, HttpRequest ready) {
		if (!this.process.isAlive()) {
			throw new IllegalStateException(
					this.name + " exited with " + this.process.exitValue() + " while starting:\n" + logTail());
		}
		try {
			HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("UP");
		}
		catch (IOException ex) {
			return false; // not listening yet
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** SIGKILL, and waits until the process is gone. */
	void kill() {
		if (this.process == null) {
			return;
		}
		this.process.destroyForcibly();
		waitFor(Duration.ofSeconds(30));
	}

	/** SIGTERM (a graceful stop), then SIGKILL if it takes too long. */
	@Override
	public void close() {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		if (!waitFor(Duration.ofSeconds(30))) {
			kill();
		}
	}

	private boolean waitFor(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	String name() {
		return this.name;
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	/**
	 * Runs the jar with {@code bin/otinish} to completion with the given arguments on a
	 * database, for commands such as {@code --otinish.audit.verify-and-exit=true};
	 * returns the exit code.
	 */
	static int runToExit(String name, NodeDatabase database, Duration timeout, String... arguments) {
		trainClassDataSharing();
		List<String> command = new ArrayList<>(List.of(script().toString()));
		command.addAll(EXITING_RUN);
		command.addAll(List.of(arguments));
		return runScript(name, database, timeout, command);
	}

	/**
	 * {@code bin/otinish cds}, once per test JVM before its first process: the training
	 * run operators make once per new jar. It extracts the jar beside it
	 * ({@code target/otinish-app}), starts the context on a database of its own (dropped
	 * afterwards) and writes the archive every later start maps.
	 */
	static synchronized void trainClassDataSharing() {
		if (trained) {
			return;
		}
		NodeDatabase database = NodeDatabase.fresh("cds");
		try {
			List<String> command = new ArrayList<>(List.of(script().toString(), "cds"));
			command.addAll(EXITING_RUN);
			int exit = runScript("cds", database, START_TIMEOUT, command);
			if (exit != 0) {
				throw new IllegalStateException("bin/otinish cds exited with " + exit + " (log: target/nodes/cds.log)");
			}
			if (!Files.isRegularFile(archive())) {
				throw new IllegalStateException(
						"bin/otinish cds wrote no " + archive() + " (log: target/nodes/cds.log)");
			}
		}
		finally {
			database.drop();
		}
		trained = true;
	}

	private static int runScript(String name, NodeDatabase database, Duration timeout, List<String> command) {
		Path log = Path.of("target", "nodes", name + ".log");
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
			builder.environment().putAll(scriptEnvironment());
			builder.environment().put("OTINISH_DB_URL", database.jdbcUrl());
			builder.environment().put("OTINISH_DB_USER", database.user());
			builder.environment().put("OTINISH_DB_PASSWORD", "");
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(name + " did not exit within " + timeout);
			}
			return process.exitValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Where {@code bin/otinish cds} writes the archive: the extraction beside the jar
	 * ({@code OTINISH_HOME} unset).
	 */
	static Path archive() {
		return jar().toAbsolutePath().resolveSibling("otinish-app").resolve("otinish.jsa");
	}

	/** The start script operators use, from the repository's {@code bin}. */
	static Path script() {
		return Path.of("bin", "otinish").toAbsolutePath();
	}

	/**
	 * What {@code bin/otinish} reads: the jar, the extra JVM options, and this JVM's
	 * {@code java} first on the path (the archive belongs to one JDK).
	 */
	private static Map<String, String> scriptEnvironment() {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("OTINISH_JAR", jar().toAbsolutePath().toString());
		environment.put("OTINISH_JAVA_OPTS", JAVA_OPTIONS);
		environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
				+ System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
		return environment;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
