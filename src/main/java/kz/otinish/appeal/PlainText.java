package kz.otinish.appeal;

import org.jspecify.annotations.Nullable;

/**
 * What every channel's text goes through before it is stored: control characters other
 * than line breaks and tabs are dropped (nobody means them, and PostgreSQL refuses NUL in
 * text), so that such input ends as an appeal instead of a database error. Everything
 * else — HTML, SQL-looking text — is kept as typed and always shown escaped.
 */
final class PlainText {

	private PlainText() {
	}

	static @Nullable String clean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		StringBuilder cleaned = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean drop = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
					|| Character.isSurrogate(c) && !pairedSurrogate(value, i);
			if (drop && cleaned == null) {
				cleaned = new StringBuilder(value.length()).append(value, 0, i);
			}
			else if (!drop && cleaned != null) {
				cleaned.append(c);
			}
		}
		return cleaned == null ? value : cleaned.toString();
	}

	private static boolean pairedSurrogate(String value, int i) {
		char c = value.charAt(i);
		return Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
				: i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
	}

}
