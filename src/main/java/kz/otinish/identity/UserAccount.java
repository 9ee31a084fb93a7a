package kz.otinish.identity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A person who can sign in, with one role and, for school staff, the school it serves.
 */
@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "school_code")
	private @Nullable String schoolCode;

	private @Nullable String email;

	private @Nullable String phone;

	@Column(nullable = false)
	private boolean enabled = true;

	/** Made by the demo loader with the well-known password (embedded default only). */
	@Column(name = "demo_password", nullable = false)
	private boolean demoPassword;

	@Enumerated(EnumType.STRING)
	@Column(name = "preferred_language", nullable = false)
	private Language preferredLanguage = Language.KK;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String fullName, Role role, @Nullable String schoolCode,
			@Nullable String email, @Nullable String phone) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.schoolCode = schoolCode;
		this.email = email;
		this.phone = phone;
	}

	UUID id() {
		return this.id;
	}

	/** This account was made by the demo loader and still has its well-known password. */
	UserAccount withDemoPassword() {
		this.demoPassword = true;
		return this;
	}

	String username() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	boolean enabled() {
		return this.enabled;
	}

	Language preferredLanguage() {
		return this.preferredLanguage == null ? Language.KK : this.preferredLanguage;
	}

	/** A new password: any demo password is gone with it. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.demoPassword = false;
	}

	void prefer(Language language) {
		this.preferredLanguage = language;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.username, this.fullName, this.role, this.schoolCode, this.email,
				this.phone);
	}

}
