package kz.otinish.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

	/** {@code null} for a person who signs in only through single sign-on. */
	@Column(name = "password_hash")
	private @Nullable String passwordHash;

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

	@Column(name = "external_id", unique = true)
	private @Nullable String externalId;

	@Enumerated(EnumType.STRING)
	@Column(name = "person_kind")
	private @Nullable PersonKind personKind;

	@Enumerated(EnumType.STRING)
	@Column(name = "study_level")
	private @Nullable StudyLevel studyLevel;

	private @Nullable String speciality;

	@Column(name = "study_year")
	private @Nullable Integer studyYear;

	@Column(name = "job_title")
	private @Nullable String jobTitle;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Enumerated(EnumType.STRING)
	@Column(name = "deactivated_because")
	private @Nullable Deactivation deactivatedBecause;

	protected UserAccount() {
	}

	UserAccount(String username, @Nullable String passwordHash, String fullName, Role role, @Nullable String schoolCode,
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

	@Nullable String passwordHash() {
		return this.passwordHash;
	}

	@Nullable String externalId() {
		return this.externalId;
	}

	Role role() {
		return this.role;
	}

	@Nullable String schoolCode() {
		return this.schoolCode;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	@Nullable Deactivation deactivatedBecause() {
		return this.deactivatedBecause;
	}

	/** A person from the registrar's or HR's file, keyed by its external id. */
	static UserAccount imported(String username, PersonRecord person) {
		UserAccount account = new UserAccount(username, null, person.fullName(), person.kind().role(),
				person.schoolCode(), person.email(), person.phone());
		account.externalId = person.externalId();
		account.take(person);
		return account;
	}

	/**
	 * Takes the file's data for this person; returns the names of the fields that changed
	 * (empty when the file says what the account already holds). The role stays: an
	 * administrator may have given the person another.
	 */
	List<String> take(PersonRecord person) {
		List<String> changed = differences(person);
		this.fullName = person.fullName();
		this.schoolCode = person.schoolCode();
		this.email = person.email();
		this.phone = person.phone();
		this.personKind = person.kind();
		this.studyLevel = person.level();
		this.speciality = person.speciality();
		this.studyYear = person.studyYear();
		this.jobTitle = person.jobTitle();
		return changed;
	}

	/** The names of the fields in which the file's data differs from this account. */
	List<String> differences(PersonRecord person) {
		List<String> changed = new ArrayList<>();
		compare(changed, "fullName", this.fullName, person.fullName());
		compare(changed, "school", this.schoolCode, person.schoolCode());
		compare(changed, "email", this.email, person.email());
		compare(changed, "phone", this.phone, person.phone());
		compare(changed, "kind", this.personKind, person.kind());
		compare(changed, "level", this.studyLevel, person.level());
		compare(changed, "speciality", this.speciality, person.speciality());
		compare(changed, "year", this.studyYear, person.studyYear());
		compare(changed, "position", this.jobTitle, person.jobTitle());
		return changed;
	}

	private static void compare(List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	/** An account made by hand is found in the file by its e-mail: it takes the id. */
	void link(String externalId) {
		this.externalId = externalId;
	}

	@Nullable String email() {
		return this.email;
	}

	@Nullable PersonKind personKind() {
		return this.personKind;
	}

	/** Deactivated: the person can no longer sign in; their records stay. */
	void deactivate(Deactivation because) {
		this.enabled = false;
		this.deactivatedBecause = because;
	}

	void reactivate() {
		this.enabled = true;
		this.deactivatedBecause = null;
	}

	void assign(Role role, @Nullable String schoolCode) {
		this.role = role;
		this.schoolCode = schoolCode;
	}

	/**
	 * An administrator set a one-time password: it must be changed at the next sign-in.
	 */
	void resetPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.demoPassword = false;
		this.mustChangePassword = true;
	}

	AccountDetails toDetails() {
		return new AccountDetails(this.id, this.username, this.fullName, this.role, this.schoolCode, this.email,
				this.phone, this.enabled, this.externalId, this.personKind, this.studyLevel, this.speciality,
				this.studyYear, this.jobTitle, this.passwordHash != null, this.mustChangePassword);
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
		this.mustChangePassword = false;
	}

	void prefer(Language language) {
		this.preferredLanguage = language;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.username, this.fullName, this.role, this.schoolCode, this.email,
				this.phone);
	}

}
