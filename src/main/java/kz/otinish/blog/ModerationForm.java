package kz.otinish.blog;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The moderator's decisions on one post: the public version of the question and the
 * answer, or a reason to refuse publication, and the school to route it to. Public only
 * because the templates read it through SpEL.
 */
public class ModerationForm {

	static final int MAX_REASON = 2000;

	private @Nullable String question;

	private @Nullable String answer;

	private @Nullable String reason;

	private @Nullable String schoolCode;

	/** Publish although the question names employees: the moderator checked it may. */
	private boolean keepNames;

	static ModerationForm initial(BlogPost post, @Nullable String suggestedSchool) {
		ModerationForm form = new ModerationForm();
		// the moderator starts from the original and removes names and personal data
		form.question = post.text();
		form.schoolCode = suggestedSchool != null ? suggestedSchool : post.schoolCode();
		return form;
	}

	void validatePublication(Errors errors) {
		String text = PostForm.clean(this.question);
		if (text == null) {
			errors.rejectValue("question", "blog.error.questionRequired");
		}
		else if (text.length() > PostForm.MAX_TEXT) {
			errors.rejectValue("question", "blog.error.tooLong", new Object[] { PostForm.MAX_TEXT }, null);
		}
		String answerText = PostForm.clean(this.answer);
		if (answerText == null) {
			errors.rejectValue("answer", "blog.error.answerRequired");
		}
		else if (answerText.length() > PostForm.MAX_TEXT) {
			errors.rejectValue("answer", "blog.error.tooLong", new Object[] { PostForm.MAX_TEXT }, null);
		}
	}

	void validateRefusal(Errors errors) {
		String text = PostForm.clean(this.reason);
		if (text == null) {
			errors.rejectValue("reason", "blog.error.reasonRequired");
		}
		else if (text.length() > MAX_REASON) {
			errors.rejectValue("reason", "blog.error.tooLong", new Object[] { MAX_REASON }, null);
		}
	}

	void validateRouting(Errors errors) {
		if (PostForm.clean(this.schoolCode) == null) {
			errors.rejectValue("schoolCode", "blog.error.schoolRequired");
		}
	}

	String cleanQuestion() {
		return nonNull(PostForm.clean(this.question));
	}

	String cleanAnswer() {
		return nonNull(PostForm.clean(this.answer));
	}

	String cleanReason() {
		return nonNull(PostForm.clean(this.reason));
	}

	String cleanSchoolCode() {
		return nonNull(PostForm.clean(this.schoolCode));
	}

	private static String nonNull(@Nullable String value) {
		if (value == null) {
			throw new IllegalStateException("validated before");
		}
		return value;
	}

	public @Nullable String getQuestion() {
		return this.question;
	}

	public void setQuestion(@Nullable String question) {
		this.question = question;
	}

	public @Nullable String getAnswer() {
		return this.answer;
	}

	public void setAnswer(@Nullable String answer) {
		this.answer = answer;
	}

	public @Nullable String getReason() {
		return this.reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable String getSchoolCode() {
		return this.schoolCode;
	}

	public void setSchoolCode(@Nullable String schoolCode) {
		this.schoolCode = schoolCode;
	}

	public boolean isKeepNames() {
		return this.keepNames;
	}

	public void setKeepNames(boolean keepNames) {
		this.keepNames = keepNames;
	}

}
