package kz.otinish.mailbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement.Received;
import kz.otinish.appeal.AppealManagement.RefusedFile;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.AttachmentPolicy;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.intake.Intake;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns one raw letter into a received appeal (INT-2a) and keeps the letter with it, in
 * one transaction: either both are stored or neither, and the reader flags the letter as
 * read only after this commits. Nothing here refuses a letter (INT-5).
 */
@Service
class MailIntake {

	/** The outcome for one letter. */
	enum Outcome {

		STORED, ALREADY_STORED

	}

	private final MailMessages messages;

	private final Intake intake;

	private final Accounts accounts;

	private final MailNotes notes;

	private final Clock clock;

	private final AttachmentPolicy attachmentPolicy;

	private final MailParser parser = new MailParser();

	// Tests make the store fail here, after everything is written but before the commit,
	// to prove that a crash between fetching and committing loses nothing.
	private volatile Consumer<MailMessage> beforeCommit = stored -> {
	};

	MailIntake(MailMessages messages, Intake intake, Accounts accounts, MailNotes notes,
			AttachmentPolicy attachmentPolicy, Clock clock) {
		this.attachmentPolicy = attachmentPolicy;
		this.messages = messages;
		this.intake = intake;
		this.accounts = accounts;
		this.notes = notes;
		this.clock = clock;
	}

	void beforeCommit(Consumer<MailMessage> hook) {
		this.beforeCommit = hook;
	}

	@Transactional
	Outcome take(MailboxSettings.Account account, byte[] raw, @Nullable Instant receivedAt) {
		ParsedMail mail = this.parser.parse(raw);
		String key = keyOf(mail.messageId(), raw);
		if (this.messages.existsByMessageKey(key)) {
			return Outcome.ALREADY_STORED;
		}
		Instant now = this.clock.instant();
		Instant received = receivedAt == null || receivedAt.isAfter(now) ? now : receivedAt;
		Language language = languageOf(mail.subject() + "\n" + mail.text());
		Optional<CurrentUser> sender = mail.senderAddress() == null ? Optional.empty()
				: this.accounts.byEmail(mail.senderAddress());
		List<MailNote> found = new ArrayList<>(mail.notes());
		List<IncomingFile> files = mail.files();
		if (raw.length > account.maxMessageSize().toBytes()) {
			String limit = BigDecimal.valueOf(account.maxMessageSize().toBytes())
				.divide(BigDecimal.valueOf(1024 * 1024), 2, RoundingMode.HALF_UP)
				.stripTrailingZeros()
				.toPlainString();
			found.add(MailNote.of("mailbox.note.tooLarge", limit));
			files.forEach(file -> found.add(MailNote.of("mailbox.note.fileNotAttached",
					AttachmentPolicy.safeName(file.originalName()), "mailbox.reason.messageTooLarge")));
			files = List.of();
		}
		String subject = mail.subject().isBlank() ? this.notes.text("mailbox.subject.none", language)
				: cut(mail.subject(), 300);
		String body = mail.text().isBlank() ? this.notes.text("mailbox.body.none", language) : mail.text();
		ApplicantType type = sender.filter(user -> user.is(Role.STAFF)).isPresent() ? ApplicantType.STAFF
				: ApplicantType.STUDENT;
		// the appeal's columns are bounded; an absurd header must not make the letter
		// unstorable
		// a letter from an address Otinish knows is that person's (TERM-5): their name
		String name = sender.map(CurrentUser::fullName)
			.orElse(mail.senderName() == null ? null : cut(mail.senderName(), 300));
		String address = mail.senderAddress() == null || mail.senderAddress().length() > 320 ? null
				: mail.senderAddress();
		Applicant applicant = Applicant.partial(type, name, null, null, address);
		String school = account.schoolCode();
		// The appeal's text must name the files left out before it is stored: the appeal
		// module's policy says beforehand which ones it will refuse.
		List<MailNote> foreseen = new ArrayList<>(found);
		this.attachmentPolicy.precheck(files)
			.forEach(refused -> foreseen
				.add(MailNote.of("mailbox.note.fileNotAttached", refused.fileName(), refused.reasonKey())));
		if (!foreseen.isEmpty()) {
			body = body + this.notes.notice(foreseen, language);
		}
		NewAppeal appeal = new NewAppeal(AppealKind.APPLICATION, Channel.EMAIL, applicant, false, false, null,
				List.of(), school, school == null ? Addressee.RECTOR : Addressee.DEAN, Category.OTHER, subject, body,
				language, sender.map(CurrentUser::id).orElse(null), account.username(), null, null);
		Received stored = this.intake.receiveLetter(appeal, received, files);
		for (RefusedFile refused : stored.refusedFiles()) {
			found.add(MailNote.of("mailbox.note.fileNotAttached", refused.fileName(), refused.reasonKey()));
		}
		MailMessage message = this.messages
			.save(new MailMessage(account.name(), school, key, mail, received, now, raw, stored.appeal().id(), found));
		this.beforeCommit.accept(message);
		return Outcome.STORED;
	}

	static String keyOf(@Nullable String messageId, byte[] raw) {
		return messageId == null || messageId.isBlank() ? "raw:" + sha256(raw)
				: "mid:" + sha256(messageId.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Kazakh letters mean Kazakh, other Cyrillic Russian, Latin only English; Kazakh by
	 * default.
	 */
	static Language languageOf(String text) {
		boolean cyrillic = false;
		boolean latin = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("ӘәҒғҚқҢңӨөҰұҮүҺһІі".indexOf(c) >= 0) {
				return Language.KK;
			}
			if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
				cyrillic = true;
			}
			else if (c < 128 && Character.isLetter(c)) {
				latin = true;
			}
		}
		return cyrillic ? Language.RU : latin ? Language.EN : Language.KK;
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max).strip();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
