package kz.otinish.blog;

import java.security.SecureRandom;

/**
 * A post's reference for its author: 80 random bits in Crockford's base32 (no I, L, O,
 * U), so that it can be neither guessed nor derived from another post's reference.
 */
final class PostReferences {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private PostReferences() {
	}

	static String next() {
		StringBuilder reference = new StringBuilder("BLOG-");
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				reference.append('-');
			}
			reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return reference.toString();
	}

}
