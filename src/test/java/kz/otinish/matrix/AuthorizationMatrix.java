package kz.otinish.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * The authorization matrix as written in {@code authorization-matrix.txt}: the actors of
 * its header and one row per endpoint and variant, with the expected answer per actor.
 */
record AuthorizationMatrix(List<String> actors, List<Row> rows) {

	static final String RESOURCE = "authorization-matrix.txt";

	/** The answers a cell may expect; see the file's header for their meaning. */
	static final String CODES = "ARUDHEMTX";

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");

	private static final Pattern NAME = Pattern.compile("\\{[A-Za-z0-9]+}");

	/**
	 * One row: {@code GET /appeals/{appeal} own R A H …}. A cell {@code !H} is a known
	 * failure: the answer should be H and is not yet.
	 */
	record Row(int line, String method, String path, String variant, List<String> cells) {

		/** The endpoint: method and path without the query, variables as {}. */
		String key() {
			int query = this.path.indexOf('?');
			return this.method + " " + normalized(query < 0 ? this.path : this.path.substring(0, query));
		}

		String label() {
			return this.method + " " + this.path + " [" + this.variant + "]";
		}

		static String expected(String cell) {
			return cell.startsWith("!") ? cell.substring(1) : cell;
		}

		static boolean knownFailure(String cell) {
			return cell.startsWith("!");
		}

	}

	/**
	 * A path with every variable as {@code {}}, to compare rows with handler mappings.
	 */
	static String normalized(String path) {
		return VARIABLE.matcher(path).replaceAll("{}");
	}

	/** The text with each {@code {name}} replaced by the world's value of that name. */
	static String resolve(String text, MatrixWorld world) {
		Matcher matcher = NAME.matcher(text);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group().substring(1, matcher.group().length() - 1);
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(world.value(name)));
		}
		matcher.appendTail(resolved);
		return resolved.toString();
	}

	static AuthorizationMatrix load() throws IOException {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	static AuthorizationMatrix parse(String text) {
		List<String> actors = null;
		List<Row> rows = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			List<String> fields = Arrays.asList(line.split("\\s+"));
			if (actors == null) {
				if (!fields.get(0).equals("METHOD")) {
					throw new IllegalStateException(
							"line " + (i + 1) + ": the header METHOD PATH VARIANT actor… first");
				}
				actors = List.copyOf(fields.subList(3, fields.size()));
				continue;
			}
			if (fields.size() != 3 + actors.size()) {
				throw new IllegalStateException("line " + (i + 1) + ": " + (fields.size() - 3) + " cells for "
						+ actors.size() + " actors: " + line);
			}
			List<String> cells = List.copyOf(fields.subList(3, fields.size()));
			for (String cell : cells) {
				String code = Row.expected(cell);
				if (code.length() != 1 || CODES.indexOf(code.charAt(0)) < 0) {
					throw new IllegalStateException("line " + (i + 1) + ": unknown answer " + cell);
				}
			}
			rows.add(new Row(i + 1, fields.get(0), fields.get(1), fields.get(2), cells));
		}
		if (actors == null) {
			throw new IllegalStateException("no header in " + RESOURCE);
		}
		return new AuthorizationMatrix(actors, rows);
	}

}
