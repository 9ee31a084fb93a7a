package kz.otinish.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * The minutes of a collegial body's meeting (REV-1..REV-10): the body, the protocol's
 * number (per body per year), date and place, chair and secretary, who attended, and for
 * each appeal on the agenda the discussion, the findings and the decision. The review
 * module supplies it after the meeting. The protocol is rendered once and stored for
 * every appeal on its agenda (the same bytes and SHA-256 under each).
 *
 * @param language the language the minutes are kept in
 * @param body the body's name (e.g. "Медицина мектебі деканатының кеңесі")
 * @param number the protocol's number within the body and year
 * @param year the year the numbering belongs to
 * @param date the meeting's day
 * @param place where it met, if stated
 * @param chair who chaired (signs)
 * @param secretary the secretary (signs)
 * @param attendance the members, present or absent
 * @param agenda the appeals considered, in order
 * @param minutes the meeting's minutes beyond the items (what else was said), if any
 * @param meetingId the review module's meeting this protocol records, if it came from one
 * (the meeting page links the protocol by it)
 */
public record MeetingProtocol(Language language, String body, String number, int year, LocalDate date,
		@Nullable String place, Signatory chair, Signatory secretary, List<Attendee> attendance,
		List<AgendaItem> agenda, @Nullable String minutes, @Nullable UUID meetingId) {

	public MeetingProtocol {
		attendance = List.copyOf(attendance);
		agenda = List.copyOf(agenda);
	}

	/** A protocol without minutes and not tied to a recorded meeting. */
	public MeetingProtocol(Language language, String body, String number, int year, LocalDate date,
			@Nullable String place, Signatory chair, Signatory secretary, List<Attendee> attendance,
			List<AgendaItem> agenda) {
		this(language, body, number, year, date, place, chair, secretary, attendance, agenda, null, null);
	}

	/** A member of the body and whether they were present. */
	public record Attendee(Signatory member, boolean present) {
	}

	/**
	 * One appeal on the agenda.
	 *
	 * @param appealId the appeal (the protocol is stored under it)
	 * @param appealNumber its registration number
	 * @param subject its summary
	 * @param discussion what was heard and found
	 * @param decision what the body decided
	 * @param votes the vote, if recorded (e.g. "for 5, against 0, abstained 1")
	 */
	public record AgendaItem(UUID appealId, String appealNumber, String subject, String discussion, String decision,
			@Nullable String votes) {
	}

}
