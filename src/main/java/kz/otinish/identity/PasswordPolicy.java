package kz.otinish.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords a university accepts for local accounts: long enough, not among the commonest
 * (a shipped list), not the username. Each problem is a message key.
 */
@Component
class PasswordPolicy {

	private final int minLength;

	private final Set<String> common;

	PasswordPolicy(@Value("${otinish.password.min-length:12}") int minLength) {
		this.minLength = minLength;
		this.common = load();
	}

	int minLength() {
		return this.minLength;
	}

	/** What is wrong with this password for this account: message keys, empty if fine. */
	List<String> problems(String username, String password) {
		List<String> problems = new ArrayList<>();
		String lower = password.toLowerCase(Locale.ROOT);
		if (password.codePointCount(0, password.length()) < this.minLength) {
			problems.add("identity.password.tooShort");
		}
		if (this.common.contains(lower) || this.common.contains(lower.replaceAll("[0-9!.?_-]+$", ""))) {
			problems.add("identity.password.common");
		}
		if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("identity.password.containsUsername");
		}
		return problems;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
