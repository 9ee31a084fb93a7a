package kz.otinish.documents;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages, sent to SLF4J under the logger names it gives them
 * ({@code com.openhtmltopdf.load}, {@code com.openhtmltopdf.general}, …). Left to itself
 * it writes to the console through a {@code java.util.logging} handler of its own, which
 * Spring Boot's {@code logging.level.*} settings do not reach: four INFO lines for every
 * document rendered, whatever {@code logging.level.com.openhtmltopdf} says.
 */
final class PdfLog implements XRLogger {

	private static final String PREFIX = "com.openhtmltopdf";

	private PdfLog() {
	}

	/** Routes openhtmltopdf's logging to SLF4J (idempotent; the setting is global). */
	static void install() {
		if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
			XRLog.setLoggerImpl(new PdfLog());
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		logger(where).atLevel(slf4j(level)).setCause(error).log(message);
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are Spring Boot's (logging.level.com.openhtmltopdf…), not the library's
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return logger(diagnostic.getLogMessageId().getWhere()).isEnabledForLevel(slf4j(diagnostic.getLevel()));
	}

	/**
	 * java.util.logging's levels as SLF4J's: SEVERE error, WARNING warn, INFO and CONFIG
	 * info, FINE debug.
	 */
	private static org.slf4j.event.Level slf4j(Level level) {
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			return org.slf4j.event.Level.ERROR;
		}
		if (value >= Level.WARNING.intValue()) {
			return org.slf4j.event.Level.WARN;
		}
		if (value >= Level.CONFIG.intValue()) {
			return org.slf4j.event.Level.INFO;
		}
		return (value >= Level.FINE.intValue()) ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.TRACE;
	}

	private static Logger logger(String where) {
		if (where == null || where.isEmpty()) {
			return LoggerFactory.getLogger(PREFIX);
		}
		return LoggerFactory.getLogger(where.startsWith(PREFIX) ? where : PREFIX + "." + where);
	}

}
