package kz.otinish.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The operator's scripts under {@code bin/}, run as an operator runs them. */
final class Scripts {

	record Run(int exitCode, String output) {
	}

	private Scripts() {
	}

	static Run run(Duration timeout, Map<String, String> environment, String script, String... arguments) {
		Path log = Path.of("target", "nodes", Path.of(script).getFileName() + ".log");
		try {
			Files.createDirectories(log.getParent());
			List<String> command = new java.util.ArrayList<>(List.of("bash", script));
			command.addAll(List.of(arguments));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("OTINISH_"));
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(script + " did not finish within " + timeout);
			}
			return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
