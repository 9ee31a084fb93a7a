package kz.otinish.nodes;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the built jar on one PostgreSQL database, and clients that alternate
 * between them (as a load balancer without sticky sessions would): a signed-in session
 * keeps working on either node, a calendar change made on one applies on the other at
 * once, the daily deadline watch (run every second here, on both nodes, its lock released
 * again and again) sends each reminder once, and letters in a mailbox both nodes poll
 * every second become one appeal each.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TwoNodesProcessTests {

	static final String MAILBOX = "info@university.example";

	static final String DEAN = "dean.gm1@university.example";

	static NodeDatabase database;

	static GreenMail mail;

	static GreenMailUser mailbox;

	static Node first;

	static Node second;

	@BeforeAll
	static void startTwoNodes() {
		database = NodeDatabase.fresh("nodes");
		mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		mail.start();
		mailbox = mail.setUser(MAILBOX, "info", "secret");
		String[] arguments = { "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
				"--otinish.mail.from=otinish@university.example", "--otinish.mailbox.enabled=true",
				"--otinish.mailbox.poll-interval=1s", "--otinish.mailbox.first-poll-after=1s",
				"--otinish.mailbox.accounts[0].name=info", "--otinish.mailbox.accounts[0].host=127.0.0.1",
				"--otinish.mailbox.accounts[0].port=" + mail.getImap().getPort(),
				"--otinish.mailbox.accounts[0].protocol=imap", "--otinish.mailbox.accounts[0].username=info",
				"--otinish.mailbox.accounts[0].password=secret",
				// the watch every second, and every open appeal within the first reminder
				// point
				"--otinish.clock.cron=* * * * * *", "--otinish.clock.reminder-points=30" };
		// one after the other: the first creates the schema and the first administrator
		first = Node.on("node-1", database, arguments).start();
		second = Node.on("node-2", database, arguments).start();
	}

	@AfterAll
	static void stopNodes() {
		for (Node node : new Node[] { first, second }) {
			if (node != null) {
				node.close();
			}
		}
		if (mail != null) {
			mail.stop();
		}
	}

	@Test
	@DisplayName("A session signed in on one node works on the other: pages, API changes with its CSRF token, signing out")
	void aSessionWorksOnEitherNode() {
		Api.Browser browser = new Api.Browser();
		Api.Reply signedIn = browser.signIn(first, Api.ADMIN, Api.ADMIN_PASSWORD);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.response().headers().firstValue("Location").orElse("")).endsWith("/home");
		assertThat(signedIn.response().headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
		assertThat(database.count("select count(*) from spring_session where principal_name = ?", Api.ADMIN))
			.as("the session is in the database")
			.isEqualTo(1);
		// personal data: the session in the database holds no client address
		// (docs/privacy.md)
		for (Map<String, Object> attribute : database
			.rows("select attribute_name, attribute_bytes from spring_session_attributes")) {
			String bytes = new String((byte[]) attribute.get("attribute_bytes"), StandardCharsets.ISO_8859_1);
			assertThat(bytes).as("session attribute " + attribute.get("attribute_name")).doesNotContain("127.0.0.1");
		}

		Api.Reply page = browser.get(second, "/admin/users").expect(200);
		String token = Api.csrf(page.body());
		browser.api(first, "POST", "/api/v1/admin/audit/verification", null, token).expect(200);
		browser.api(second, "POST", "/api/v1/admin/audit/verification", null, token).expect(200);
		assertThat(browser.api(first, "POST", "/api/v1/admin/audit/verification", null, "not-the-token").status())
			.as("a change without the session's token")
			.isEqualTo(403);

		String signOutToken = Api.csrf(browser.get(first, "/admin/users").expect(200).body());
		browser.post(second, "/sign-out", Map.of("_csrf", signOutToken)).expect(302);
		Api.Reply after = browser.get(first, "/admin/users");
		assertThat(after.status()).as("signed out on the other node").isEqualTo(302);
		assertThat(after.response().headers().firstValue("Location").orElse("")).contains("/sign-in");
	}

	@Test
	@DisplayName("DL-1 on two nodes: a holiday set on one node moves the deadline the other computes at once, and back")
	void aCalendarChangeAppliesOnTheOtherNodeAtOnce() {
		HttpClient client = Api.client();
		String query = "/api/v1/calendar/add-working-days?from=2027-03-02&days=1";
		assertThat(Api.admin(client, first, "GET", query, null).expect(200).json().path("result").asString())
			.isEqualTo("2027-03-03");
		assertThat(Api.admin(client, second, "GET", query, null).expect(200).json().path("result").asString())
			.isEqualTo("2027-03-03");

		Api.admin(client, first, "PUT", "/api/v1/admin/calendar/days/2027-03-03",
				"{\"kind\":\"HOLIDAY\",\"name\":\"A day off by decree (test)\",\"status\":\"ANNOUNCED\"}")
			.expect(200);
		assertThat(Api.admin(client, second, "GET", query, null).expect(200).json().path("result").asString())
			.as("the other node, the next request")
			.isEqualTo("2027-03-04");

		Api.admin(client, second, "DELETE", "/api/v1/admin/calendar/days/2027-03-03", null).expect(204);
		assertThat(Api.admin(client, first, "GET", query, null).expect(200).json().path("result").asString())
			.as("and back, the other way round")
			.isEqualTo("2027-03-03");
	}

	@Test
	@DisplayName("DL-1: with the deadline watch running on both nodes again and again, each reminder is claimed and e-mailed once")
	void eachReminderIsSentOnce() {
		List<Applicants.Applicant> applicants = Applicants.students(first, second, "nodes", 2);
		HttpClient client = Api.client();
		int appeals = 6;
		for (int i = 1; i <= appeals; i++) {
			Applicants.Applicant applicant = applicants.get(i % 2);
			Node node = i % 2 == 0 ? first : second;
			Api.basic(client, node.url("/api/v1/appeals"), "POST", applicant.username(), applicant.password(),
					Filing.json("reminded " + i, "reminded-" + i + "@applicants.example"))
				.expect(201);
		}
		// the watch holds its lock for at least a minute after each run; let it run again
		// at once, three times over, on whichever node comes first
		Polling.until("the deadline watch's first run", Duration.ofSeconds(30),
				() -> database.count("select count(*) from shedlock where name = 'deadline-watch'"),
				count -> count == 1);
		for (int run = 1; run <= 3; run++) {
			// released while a run is still going, the lock would be taken back for a
			// minute
			// when that run ends (lockAtLeastFor): wait until it has ended (lock_until
			// falls
			// from lockAtMostFor, 30 minutes, to a minute after the start)
			Polling.until("the end of the deadline watch's run before run " + run, Duration.ofSeconds(60),
					() -> database.count("select count(*) from shedlock where name = 'deadline-watch'"
							+ " and lock_until < locked_at + interval '10 minutes'"),
					count -> count == 1);
			Object lastRun = database.single("select locked_at from shedlock where name = 'deadline-watch'");
			database.execute("update shedlock set lock_until = locked_at where name = 'deadline-watch'");
			Polling.until("run " + run + " of the deadline watch", Duration.ofSeconds(30),
					() -> database.single("select locked_at from shedlock where name = 'deadline-watch'"),
					at -> !at.equals(lastRun));
			Polling.until("the reminders claimed", Duration.ofSeconds(30),
					() -> database.count("select count(*) from clock_reminder"), count -> count >= appeals);
		}
		// a delivered event publication is deleted (completion-mode=delete):
		// none is left to do, and the dean's mailbox holds what was sent
		Polling.until("the reminder e-mails sent", Duration.ofSeconds(60),
				() -> database.count("select count(*) from event_publication where event_type like '%ReminderDue'"),
				count -> count == 0);
		Polling.until("the reminders in the dean's mailbox", Duration.ofSeconds(60), () -> remindersToDean().size(),
				count -> count >= appeals);

		assertThat(database.count("select count(*) from clock_reminder")).as("one reminder claimed per appeal")
			.isEqualTo(appeals);
		List<String> subjects = remindersToDean();
		assertThat(subjects).as("reminders to the dean").hasSize(appeals).doesNotHaveDuplicates();
	}

	@Test
	@DisplayName("INT-2: letters in a mailbox both nodes poll become one appeal each, and are all marked read")
	void eachLetterIsTakenOnce() throws Exception {
		int letters = 12;
		for (int batch = 0; batch < 3; batch++) {
			for (int i = 1; i <= 4; i++) {
				int n = batch * 4 + i;
				MimeMessage letter = new MimeMessage(Session.getInstance(new Properties()));
				letter.setFrom(new InternetAddress("writer-" + n + "@mail.example"));
				letter.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
				letter.setSubject("nodes letter " + n, "UTF-8");
				letter.setText("Сабақ кестесі туралы өтініш " + n, "UTF-8");
				letter.setHeader("Message-ID", "<" + UUID.randomUUID() + "@mail.example>");
				mailbox.deliver(letter);
			}
			int expected = (batch + 1) * 4;
			Polling.until("letters stored", Duration.ofSeconds(60),
					() -> database.count("select count(*) from mail_message"), count -> count >= expected);
		}
		Polling.until("letters marked read", Duration.ofSeconds(30), TwoNodesProcessTests::unread, count -> count == 0);

		assertThat(database.count("select count(*) from mail_message")).isEqualTo(letters);
		assertThat(database.count("select count(distinct message_key) from mail_message")).isEqualTo(letters);
		assertThat(database.count("select count(*) from appeal where channel = 'EMAIL'")).isEqualTo(letters);
		assertThat(database.count("select count(distinct subject) from appeal where channel = 'EMAIL'"))
			.isEqualTo(letters);
	}

	static int unread() {
		try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
			store.connect("127.0.0.1", mail.getImap().getPort(), "info", "secret");
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			int unread = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
			inbox.close(false);
			return unread;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> remindersToDean() {
		return Arrays.stream(mail.getReceivedMessages())
			.filter(message -> addressedTo(message, DEAN))
			.map(TwoNodesProcessTests::subject)
			.toList();
	}

	static boolean addressedTo(MimeMessage message, String address) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null
					&& Arrays.stream(to).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject() + " / " + message.getContent();
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
