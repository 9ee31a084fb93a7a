package kz.otinish.nodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is lost when the JVM dies, and a backup taken while applicants
 * file restores whole. One node of the built jar on a database of its own; four
 * applicants file appeals with files through the API; half-way a backup is taken with
 * {@code bin/backup.sh}; then the node is killed with SIGKILL while requests are in
 * flight. The mail server is down until the crash, so every e-mail of the run is still
 * queued (in the event publication registry) when the node dies. After the restart, with
 * the mail server up: every acknowledged appeal is there with its number and files, the
 * journal has no gap and no duplicate, no appeal has lost or half-stored files, and each
 * applicant gets the registration e-mail exactly once. Then the backup is restored into a
 * new database with {@code bin/restore.sh} and checked, the audit chain with Otinish's
 * own {@code --otinish.audit.verify-and-exit=true}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurabilityProcessTests {

	static final int BACKUP_AFTER = Integer.getInteger("otinish.nodes.backup-after", 100);

	static final int CRASH_AFTER = Integer.getInteger("otinish.nodes.crash-after", 200);

	/** How long the applicants may take to file them (a loaded machine is slow). */
	static final Duration LOAD_TIMEOUT = Duration.ofSeconds(240);

	static NodeDatabase database;

	static Node node;

	static int smtpPort;

	static GreenMail smtp;

	static Filing filing;

	static Path backup;

	static Instant backupStarted;

	@BeforeAll
	static void startNode() {
		database = NodeDatabase.fresh("crash");
		smtpPort = Node.freePort();
		node = Node
			.on("crash", database, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
					"--spring.mail.properties.mail.smtp.connectiontimeout=2000",
					"--spring.mail.properties.mail.smtp.timeout=5000", "--otinish.mail.from=otinish@university.example",
					"--otinish.clock.cron=-")
			.start();
	}

	@AfterAll
	static void stopNode() {
		if (node != null) {
			node.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	@Order(1)
	@Timeout(value = 600, unit = TimeUnit.SECONDS)
	@DisplayName("INT-1, TERM-7: after SIGKILL mid-run, every acknowledged appeal is there with its files, the journal has no gap or duplicate, and queued e-mails go out once")
	void nothingAcknowledgedIsLostOnACrash() throws Exception {
		List<Applicants.Applicant> applicants = Applicants.students(node, node, "crash", 4);
		filing = new Filing("crash");
		filing.start(applicants, () -> node);

		Polling.until("appeals acknowledged before the backup", LOAD_TIMEOUT, filing::acknowledgedCount,
				count -> count >= BACKUP_AFTER || !filing.unexpected.isEmpty());
		assertThat(filing.unexpected).isEmpty();
		backup = Path.of("target", "nodes", "backup-" + System.currentTimeMillis());
		backupStarted = Instant.now();
		Scripts.Run backedUp = Scripts.run(Duration.ofSeconds(120), database.scriptEnvironment(), "bin/backup.sh",
				backup.toString());
		assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();

		Polling.until("appeals acknowledged before the crash", LOAD_TIMEOUT, filing::acknowledgedCount,
				count -> count >= CRASH_AFTER || !filing.unexpected.isEmpty());
		filing.stopping();
		node.kill();
		filing.stop();
		assertThat(filing.unexpected).as("answers other than 201 before the crash").isEmpty();

		// the premise: the registration e-mails of the run were all still queued at the
		// crash
		long queued = database.count("select count(*) from event_publication where completion_date is null"
				+ " and listener_id like '%AppealNotices%' and event_type like '%AppealRegistered'");
		assertThat(queued).as("registration e-mails queued at the crash").isGreaterThanOrEqualTo(CRASH_AFTER);

		smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		node.start();

		// every acknowledged appeal, with the number it was acknowledged with
		Map<String, String> stored = database.rows("select id, registration_number from appeal")
			.stream()
			.collect(Collectors.toMap(row -> row.get("id").toString(),
					row -> String.valueOf(row.get("registration_number"))));
		for (Filing.Acknowledged appeal : filing.acknowledged) {
			assertThat(stored.get(appeal.id())).as("acknowledged " + appeal.attempt().subject())
				.isEqualTo(appeal.registrationNumber());
		}
		Records.journalsAreWhole(database);
		Records.filesAreWhole(database);

		// each stored appeal has exactly the files it was sent with: none lost, none
		// half-stored
		Map<String, Filing.Attempt> attempts = filing.attempts.stream()
			.collect(Collectors.toMap(Filing.Attempt::subject, Function.identity()));
		Map<String, List<String>> files = Records.fileHashesBySubject(database);
		assertThat(files.keySet()).as("appeals stored").hasSizeGreaterThanOrEqualTo(filing.acknowledgedCount());
		files.forEach((subject, hashes) -> {
			assertThat(attempts).as("an appeal nobody filed: " + subject).containsKey(subject);
			assertThat(hashes).as("the files of " + subject).isEqualTo(attempts.get(subject).fileHashes());
		});

		// the queued e-mails go out after the restart, once per appeal
		Map<String, String> numberByEmail = new HashMap<>();
		database.rows("select email, registration_number from appeal where registration_number is not null")
			.forEach(row -> numberByEmail.put((String) row.get("email"), (String) row.get("registration_number")));
		Polling.until("registration e-mails after the restart", Duration.ofSeconds(120),
				() -> smtp.getReceivedMessages().length, count -> count >= numberByEmail.size());
		Polling.until("the e-mail queue emptied", Duration.ofSeconds(60),
				() -> database.count("select count(*) from event_publication where completion_date is null"
						+ " and listener_id like '%AppealNotices%'"),
				count -> count == 0);
		Map<String, List<MimeMessage>> byRecipient = Arrays.stream(smtp.getReceivedMessages())
			.collect(Collectors.groupingBy(DurabilityProcessTests::recipient));
		assertThat(byRecipient.keySet()).as("every registered applicant heard").isEqualTo(numberByEmail.keySet());
		for (Map.Entry<String, List<MimeMessage>> mail : byRecipient.entrySet()) {
			assertThat(mail.getValue()).as("e-mails to " + mail.getKey()).hasSize(1);
			assertThat(mail.getValue().get(0).getContent().toString()).contains(numberByEmail.get(mail.getKey()));
		}

		// the audit trail's hash chain survived the crash
		Api.Reply verification = Api.admin(Api.client(), node, "POST", "/api/v1/admin/audit/verification", null)
			.expect(200);
		assertThat(verification.json().path("firstBroken").isNull()
				|| verification.json().path("firstBroken").isMissingNode())
			.as(verification.body())
			.isTrue();
	}

	@Test
	@Order(2)
	@Timeout(value = 600, unit = TimeUnit.SECONDS)
	@DisplayName("INT-1: a backup taken while applicants file restores into a new database with every appeal acknowledged before it, whole journals, whole files and an intact audit chain")
	void aBackupTakenUnderLoadRestoresWhole() throws IOException {
		assertThat(backup).as("the backup of the first test").isNotNull();
		assertThat(Files.readString(backup.resolve("manifest.txt"))).contains("sha256 ").contains("TABLE DATA");
		NodeDatabase restored = NodeDatabase.fresh("restored");
		Scripts.Run run = Scripts.run(Duration.ofSeconds(120), restored.scriptEnvironment(), "bin/restore.sh",
				backup.toString());
		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("restored: appeals ");

		// every appeal acknowledged before the backup started, with its number and files
		Map<String, String> numbers = restored.rows("select id, registration_number from appeal")
			.stream()
			.collect(Collectors.toMap(row -> row.get("id").toString(), row -> (String) row.get("registration_number")));
		List<Filing.Acknowledged> before = filing.acknowledged.stream()
			.filter(appeal -> appeal.at().isBefore(backupStarted))
			.toList();
		assertThat(before).hasSizeGreaterThanOrEqualTo(BACKUP_AFTER);
		for (Filing.Acknowledged appeal : before) {
			assertThat(numbers.get(appeal.id())).as("acknowledged before the backup: " + appeal.attempt().subject())
				.isEqualTo(appeal.registrationNumber());
		}
		Records.journalsAreWhole(restored);
		Records.filesAreWhole(restored);
		Map<String, List<String>> restoredFiles = Records.fileHashesBySubject(restored);
		Map<String, List<String>> sourceFiles = Records.fileHashesBySubject(database);
		restoredFiles.forEach((subject, hashes) -> assertThat(hashes).as("the files of " + subject)
			.isEqualTo(sourceFiles.get(subject)));
		for (Filing.Acknowledged appeal : before) {
			assertThat(restoredFiles.get(appeal.attempt().subject())).as("files of " + appeal.attempt().subject())
				.isEqualTo(appeal.attempt().fileHashes());
		}
		Set<String> sourceIds = database.rows("select id from appeal")
			.stream()
			.map(row -> row.get("id").toString())
			.collect(Collectors.toSet());
		assertThat(sourceIds).containsAll(numbers.keySet());
		assertThat(restored.count("select count(*) from audit_entry")).isPositive();

		int verified = Node.runToExit("verify-restored", restored, Node.START_TIMEOUT.plusMinutes(1),
				"--otinish.audit.verify-and-exit=true");
		assertThat(verified).as("verify-and-exit on the restored database (log: target/nodes/verify-restored.log)")
			.isZero();
		restored.drop();
	}

	private static String recipient(MimeMessage message) {
		try {
			Address[] to = message.getAllRecipients();
			return to == null || to.length == 0 ? "(none)" : to[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
