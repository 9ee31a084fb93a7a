package kz.otinish;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Shared test infrastructure: one GreenMail SMTP server for the shared integration-test
 * context, started once on a free port before the context, which sends every e-mail to it
 * ({@code spring.mail.host/port}). Tests read what arrived with {@link #to(String)}
 * (filter by recipient: other tests' mail lands here too). {@link #stop()} and
 * {@link #restart()} take the server down and bring it back on the same port, to prove
 * that a failed send is retried from the event publication registry. Tests with their own
 * GreenMail (the mailbox module's) are unaffected.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail greenMail;

	private static int port;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		get();
		TestPropertyValues
			.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + port,
					"spring.mail.properties.mail.smtp.connectiontimeout=3000",
					"spring.mail.properties.mail.smtp.timeout=5000")
			.applyTo(context);
	}

	/** The running server, started on first use. */
	public static synchronized GreenMail get() {
		if (greenMail == null) {
			greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			greenMail.start();
			port = greenMail.getSmtp().getPort();
		}
		return greenMail;
	}

	/** Every message received so far addressed to this address (case-insensitive). */
	public static synchronized List<MimeMessage> to(String address) {
		return Arrays.stream(get().getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
	}

	/**
	 * The server goes down: sends fail with a connection error until {@link #restart()}.
	 */
	public static synchronized void stop() {
		get().stop();
	}

	/** A new server on the same port (what it had received is gone). */
	public static synchronized void restart() {
		greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null
					&& Arrays.stream(recipients).anyMatch(to -> to.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
