package kz.otinish.nodes;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * Applicants filing appeals with files through the API, each in a thread of its own,
 * until told to stop or until their node stops answering. What was acknowledged (201 with
 * a registration number) is kept with the hashes of the files sent; every attempt is
 * named by a unique subject, so that an appeal the node stored but could not acknowledge
 * any more is recognised too.
 */
final class Filing {

	/** An attempt: its subject (unique), the applicant's address and the files sent. */
	record Attempt(String subject, String email, List<String> fileHashes) {
	}

	/** An appeal the node acknowledged, with when the answer came. */
	record Acknowledged(Attempt attempt, String id, String registrationNumber, Instant at) {
	}

	final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();

	final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();

	final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean stop = new AtomicBoolean();

	private final List<Thread> clients = new ArrayList<>();

	private final String prefix;

	Filing(String prefix) {
		this.prefix = prefix;
	}

	/**
	 * Starts one client per applicant against the node the supplier names at each call.
	 */
	void start(List<Applicants.Applicant> applicants, Supplier<Node> node) {
		for (int c = 0; c < applicants.size(); c++) {
			Applicants.Applicant applicant = applicants.get(c);
			int client = c + 1;
			Thread thread = new Thread(() -> run(client, applicant, node), this.prefix + "-client-" + client);
			thread.setDaemon(true);
			this.clients.add(thread);
			thread.start();
		}
	}

	private void run(int client, Applicants.Applicant applicant, Supplier<Node> node) {
		HttpClient http = Api.client();
		for (int n = 1; !this.stop.get(); n++) {
			String subject = this.prefix + " " + client + "-" + n;
			String email = this.prefix + "-" + client + "-" + n + "@applicants.example";
			List<Api.NamedFile> files = new ArrayList<>();
			files.add(pdf(subject + " a"));
			if (n % 3 == 0) {
				files.add(pdf(subject + " b"));
			}
			Attempt attempt = new Attempt(subject, email,
					files.stream().map(file -> sha256(file.content())).sorted().toList());
			this.attempts.add(attempt);
			try {
				Api.Reply reply = Api.multipart(http, node.get().url("/api/v1/appeals"), applicant.username(),
						applicant.password(), "appeal", json(subject, email), "files", files);
				if (reply.status() == 201) {
					JsonNode body = reply.json();
					this.acknowledged.add(new Acknowledged(attempt, body.path("id").asString(),
							body.path("registrationNumber").asString(), Instant.now()));
				}
				else if (!this.stop.get()) {
					this.unexpected.add(subject + ": " + reply.status() + " " + reply.body());
				}
			}
			catch (IOException ex) {
				if (!this.stop.get()) {
					this.unexpected.add(subject + ": " + ex);
					return;
				}
			}
		}
	}

	/** Tells the clients to stop after their current request, and waits for them. */
	void stop() {
		this.stop.set(true);
		for (Thread thread : this.clients) {
			try {
				thread.join(70_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Marks the clients as stopping without waiting (the node is about to die). */
	void stopping() {
		this.stop.set(true);
	}

	int acknowledgedCount() {
		return this.acknowledged.size();
	}

	static String json(String subject, String email) {
		return """
				{"consent":true,"kind":"APPLICATION","applicantType":"STUDENT","addressee":"DEAN","schoolCode":"GM1",
				 "category":"ASSESSMENT","subject":"%s","text":"Бағамен келіспеймін: %s.","language":"KK",
				 "fullName":"Студент Тест","levelOfStudy":"BACHELOR","speciality":"Жалпы медицина","yearOfStudy":2,
				 "studyLanguage":"KAZAKH","funding":"GRANT","studyForm":"FULL_TIME","address":"Алматы, Абай даңғылы 10",
				 "phone":"+7 701 000 00 00","email":"%s"}""".formatted(subject, subject, email);
	}

	static Api.NamedFile pdf(String marker) {
		byte[] content = ("%PDF-1.4\n% " + marker + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
			.getBytes(StandardCharsets.UTF_8);
		return new Api.NamedFile(marker.replace(' ', '_') + ".pdf", "application/pdf", content);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
