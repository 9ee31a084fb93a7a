package kz.otinish.mailbox;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Mailbox settings refuse what would break at the first poll, and never print the
 * password.
 */
class MailboxSettingsTests {

	static MailboxSettings.Account account(String name, String protocol, String school) {
		return new MailboxSettings.Account(name, "imap.example", 993, protocol, "info@example", "secret", "INBOX",
				school, DataSize.ofMegabytes(50));
	}

	@Test
	void protocolIsImapOrImaps() {
		assertThat(account("info", "imaps", null).protocol()).isEqualTo("imaps");
		assertThat(account("info", "imap", null).protocol()).isEqualTo("imap");
		assertThatIllegalArgumentException().isThrownBy(() -> account("info", "pop3", null));
	}

	@Test
	void nameFitsTheLockName() {
		assertThatIllegalArgumentException().isThrownBy(() -> account("", "imaps", null));
		assertThatIllegalArgumentException().isThrownBy(() -> account("a b", "imaps", null));
		assertThatIllegalArgumentException().isThrownBy(() -> account("x".repeat(51), "imaps", null));
	}

	@Test
	void blankSchoolMeansInfo() {
		assertThat(account("info", "imaps", " ").schoolCode()).isNull();
		assertThat(account("gm1", "imaps", "GM1").schoolCode()).isEqualTo("GM1");
	}

	@Test
	void passwordIsNeverPrinted() {
		assertThat(account("info", "imaps", null).toString()).doesNotContain("secret");
	}

	@Test
	void mailSystemsAreNotAcknowledged() {
		assertThat(Acknowledgements.isMailSystem("MAILER-DAEMON@example.kz")).isTrue();
		assertThat(Acknowledgements.isMailSystem("no-reply@example.kz")).isTrue();
		assertThat(Acknowledgements.isMailSystem("aigerim@example.kz")).isFalse();
	}

}
