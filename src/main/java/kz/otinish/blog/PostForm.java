package kz.otinish.blog;

import java.util.Set;

import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The public form to write to the Rector: only the text is required. A mutable bean so
 * that the page keeps everything typed when it shows what is wrong; public only because
 * the templates read it through SpEL.
 */
public class PostForm {

	static final int MAX_TEXT = 20_000;

	static final int MAX_NAME = 300;

	static final int MAX_ADDRESS = 500;

	static final int MAX_CONTACT = 320;

	private @Nullable String text;

	private @Nullable String fullName;

	private @Nullable String address;

	private @Nullable String contact;

	private @Nullable Category category = Category.OTHER;

	private @Nullable String schoolCode;

	/** A signed-in author's name and contact from their account. */
	static PostForm prefilledFor(@Nullable CurrentUser user) {
		PostForm form = new PostForm();
		if (user != null) {
			form.fullName = user.fullName();
			form.contact = user.email() != null ? user.email() : user.phone();
			form.schoolCode = user.schoolCode();
		}
		return form;
	}

	/** Checks the shape; messages are {@code blog.error.*} keys. */
	void validate(Errors errors, Set<String> schools) {
		String body = clean(this.text);
		if (body == null) {
			errors.rejectValue("text", "blog.error.textRequired");
		}
		else if (body.length() > MAX_TEXT) {
			errors.rejectValue("text", "blog.error.textTooLong", new Object[] { MAX_TEXT }, null);
		}
		tooLong(errors, "fullName", this.fullName, MAX_NAME);
		tooLong(errors, "address", this.address, MAX_ADDRESS);
		tooLong(errors, "contact", this.contact, MAX_CONTACT);
		String school = clean(this.schoolCode);
		if (school != null && !schools.contains(school)) {
			errors.rejectValue("schoolCode", "blog.error.unknownSchool");
		}
	}

	private static void tooLong(Errors errors, String field, @Nullable String value, int max) {
		String cleaned = clean(value);
		if (cleaned != null && cleaned.length() > max) {
			errors.rejectValue(field, "blog.error.tooLong", new Object[] { max }, null);
		}
	}

	/**
	 * TERM-5: a post without a name or a postal address is anonymous, so nothing of the
	 * signed-in account goes with it (no link, no applicant type taken from the role); a
	 * named post with an address is linked to the account.
	 */
	NewPost toNewPost(@Nullable CurrentUser user, Language language) {
		String name = line(this.fullName);
		String postal = line(this.address);
		@Nullable CurrentUser author = name == null || postal == null ? null : user;
		ApplicantType type = author != null && author.is(Role.STAFF) ? ApplicantType.STAFF : ApplicantType.STUDENT;
		String body = clean(this.text);
		return new NewPost(body == null ? "" : body, name, postal, line(this.contact),
				author == null ? null : author.id(), type, this.category == null ? Category.OTHER : this.category,
				clean(this.schoolCode), language);
	}

	/**
	 * The text without control characters other than line breaks and tabs (they are never
	 * meant, and PostgreSQL refuses NUL), line breaks as {@code \n}, stripped;
	 * {@code null} when blank.
	 */
	static @Nullable String clean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		StringBuilder cleaned = new StringBuilder(value.length());
		String unified = value.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < unified.length(); i++) {
			char c = unified.charAt(i);
			if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
				cleaned.append(c);
			}
		}
		String stripped = cleaned.toString().strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/** A one-line field: line breaks and tabs become spaces. */
	static @Nullable String line(@Nullable String value) {
		String cleaned = clean(value);
		return cleaned == null ? null : cleaned.replaceAll("\\s+", " ");
	}

	public @Nullable String getText() {
		return this.text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

	public @Nullable String getFullName() {
		return this.fullName;
	}

	public void setFullName(@Nullable String fullName) {
		this.fullName = fullName;
	}

	public @Nullable String getAddress() {
		return this.address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address;
	}

	public @Nullable String getContact() {
		return this.contact;
	}

	public void setContact(@Nullable String contact) {
		this.contact = contact;
	}

	public @Nullable Category getCategory() {
		return this.category;
	}

	public void setCategory(@Nullable Category category) {
		this.category = category;
	}

	public @Nullable String getSchoolCode() {
		return this.schoolCode;
	}

	public void setSchoolCode(@Nullable String schoolCode) {
		this.schoolCode = schoolCode;
	}

}
