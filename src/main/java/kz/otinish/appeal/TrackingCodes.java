package kz.otinish.appeal;

import java.security.SecureRandom;

/**
 * Tracking codes for the public status page: 80 random bits in Crockford's base32, never
 * derived from the registration number.
 */
final class TrackingCodes {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingCodes() {
	}

	static String next() {
		byte[] bytes = new byte[10];
		RANDOM.nextBytes(bytes);
		StringBuilder code = new StringBuilder(16);
		long buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				code.append(ALPHABET[(int) (buffer >> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		return code.toString();
	}

}
