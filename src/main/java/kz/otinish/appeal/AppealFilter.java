package kz.otinish.appeal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Optional filters for appeal lists (page and API) and for the statistics that count them
 * (STAT-1); {@code null} means any. A figure of the statistics and the list behind it use
 * the same filter, so that they always agree.
 *
 * @param status where the appeal stands now
 * @param kind application, complaint…
 * @param schoolCode the school ({@link #NO_SCHOOL}: appeals to the rector without one)
 * @param channel how it reached the university
 * @param category its subject matter
 * @param applicantType student or staff member
 * @param levelOfStudy the student applicant's level of study
 * @param body the collegial body it was routed to (REV-1)
 * @param outcome the protocol decision (REV-8)
 * @param receivedFrom received on or after this day (Asia/Almaty, as the clock's zone)
 * @param receivedTo received on or before this day
 * @param registered registered (INT-1) or not yet
 * @param repeated marked repeated (REV-11)
 * @param extended the review period was extended (DL-2)
 * @param overdue open with its review period over (DL-1, DL-2)
 * @param answered answered at all ({@code true}), in time ({@link Timeliness#IN_TIME}) or
 * late
 * @param verdict the applicant's word after the answer (DL-4)
 * @param changed a complaint that changed the contested decision (satisfied fully or in
 * part)
 * @param executor the account of the member preparing the draft answer (REV-1)
 */
public record AppealFilter(@Nullable AppealStatus status, @Nullable AppealKind kind, @Nullable String schoolCode,
		@Nullable Channel channel, @Nullable Category category, @Nullable ApplicantType applicantType,
		@Nullable LevelOfStudy levelOfStudy, @Nullable String body, @Nullable Outcome outcome,
		@Nullable LocalDate receivedFrom, @Nullable LocalDate receivedTo, @Nullable Boolean registered,
		@Nullable Boolean repeated, @Nullable Boolean extended, @Nullable Boolean overdue,
		@Nullable Timeliness answered, @Nullable VerdictFilter verdict, @Nullable Boolean changed,
		@Nullable String executor) {

	/** The school code that selects appeals without a school (to the rector). */
	public static final String NO_SCHOOL = "-";

	/** Whether and when the answer reached the applicant (DL-1, DL-2). */
	public enum Timeliness {

		/** Answered, in time or not. */
		ANSWERED,
		/** Answered on or before the review period's last day. */
		IN_TIME,
		/** Answered after it. */
		LATE

	}

	/** The applicant's word after the answer (DL-4). */
	public enum VerdictFilter {

		/** Closed by the applicant's "I agree". */
		AGREED,
		/** A complaint was filed against the answer. */
		COMPLAINED

	}

	public AppealFilter(@Nullable AppealStatus status, @Nullable AppealKind kind, @Nullable String schoolCode,
			@Nullable Channel channel) {
		this(status, kind, schoolCode, channel, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

	public static AppealFilter none() {
		return new AppealFilter(null, null, null, null);
	}

	public static AppealFilter status(AppealStatus status) {
		return new AppealFilter(status, null, null, null);
	}

	/** Appeals received in the period, both days included. */
	public static AppealFilter receivedIn(@Nullable LocalDate from, @Nullable LocalDate to) {
		return none().withReceived(from, to);
	}

	public AppealFilter withStatus(@Nullable AppealStatus value) {
		return new AppealFilter(value, this.kind, this.schoolCode, this.channel, this.category, this.applicantType,
				this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo, this.registered,
				this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed, this.executor);
	}

	public AppealFilter withKind(@Nullable AppealKind value) {
		return new AppealFilter(this.status, value, this.schoolCode, this.channel, this.category, this.applicantType,
				this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo, this.registered,
				this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed, this.executor);
	}

	public AppealFilter withSchool(@Nullable String value) {
		return new AppealFilter(this.status, this.kind, value, this.channel, this.category, this.applicantType,
				this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo, this.registered,
				this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed, this.executor);
	}

	public AppealFilter withChannel(@Nullable Channel value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, value, this.category, this.applicantType,
				this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo, this.registered,
				this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed, this.executor);
	}

	public AppealFilter withCategory(@Nullable Category value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, value, this.applicantType,
				this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo, this.registered,
				this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed, this.executor);
	}

	public AppealFilter withApplicantType(@Nullable ApplicantType value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category, value,
				this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo, this.registered,
				this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed, this.executor);
	}

	public AppealFilter withLevelOfStudy(@Nullable LevelOfStudy value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, value, this.body, this.outcome, this.receivedFrom, this.receivedTo, this.registered,
				this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed, this.executor);
	}

	public AppealFilter withBody(@Nullable String value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, this.levelOfStudy, value, this.outcome, this.receivedFrom, this.receivedTo,
				this.registered, this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed,
				this.executor);
	}

	public AppealFilter withOutcome(@Nullable Outcome value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, this.levelOfStudy, this.body, value, this.receivedFrom, this.receivedTo,
				this.registered, this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed,
				this.executor);
	}

	public AppealFilter withReceived(@Nullable LocalDate from, @Nullable LocalDate to) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, this.levelOfStudy, this.body, this.outcome, from, to, this.registered,
				this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed, this.executor);
	}

	public AppealFilter withRegistered(@Nullable Boolean value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo,
				value, this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed,
				this.executor);
	}

	public AppealFilter withRepeated(@Nullable Boolean value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo,
				this.registered, value, this.extended, this.overdue, this.answered, this.verdict, this.changed,
				this.executor);
	}

	public AppealFilter withExtended(@Nullable Boolean value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo,
				this.registered, this.repeated, value, this.overdue, this.answered, this.verdict, this.changed,
				this.executor);
	}

	public AppealFilter withOverdue(@Nullable Boolean value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo,
				this.registered, this.repeated, this.extended, value, this.answered, this.verdict, this.changed,
				this.executor);
	}

	public AppealFilter withAnswered(@Nullable Timeliness value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo,
				this.registered, this.repeated, this.extended, this.overdue, value, this.verdict, this.changed,
				this.executor);
	}

	public AppealFilter withVerdict(@Nullable VerdictFilter value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo,
				this.registered, this.repeated, this.extended, this.overdue, this.answered, value, this.changed,
				this.executor);
	}

	public AppealFilter withChanged(@Nullable Boolean value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo,
				this.registered, this.repeated, this.extended, this.overdue, this.answered, this.verdict, value,
				this.executor);
	}

	public AppealFilter withExecutor(@Nullable String value) {
		return new AppealFilter(this.status, this.kind, this.schoolCode, this.channel, this.category,
				this.applicantType, this.levelOfStudy, this.body, this.outcome, this.receivedFrom, this.receivedTo,
				this.registered, this.repeated, this.extended, this.overdue, this.answered, this.verdict, this.changed,
				value);
	}

}
