package kz.otinish.review;

import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review module's façade for conflict of interest: a person an appeal is about is
 * chosen from the directory and kept out of the bodies' work on it (agenda, decision,
 * protocol). The rules live in {@link Forums}, {@link Meeting} and
 * {@link MeetingManagement}; see docs/review.md, Confidentiality.
 */
@Service
public class ConflictOfInterest {

	private final RoutingManagement routing;

	private final MeetingManagement meetings;

	private final Forums forums;

	ConflictOfInterest(RoutingManagement routing, MeetingManagement meetings, Forums forums) {
		this.routing = routing;
		this.meetings = meetings;
		this.forums = forums;
	}

	/**
	 * The directory a subject is chosen from (accounts matching the query), for whoever
	 * may record a subject on this appeal; 404 otherwise.
	 */
	public List<CurrentUser> subjectDirectory(UUID appealId, String query, CurrentUser user) {
		return this.routing.subjectDirectory(appealId, query, user);
	}

	/**
	 * The forum's candidates this person may put on an agenda: never an appeal they are a
	 * subject of.
	 */
	public List<Appeal> candidates(String forumKey, CurrentUser user) {
		return this.meetings.candidates(forumKey, user);
	}

	/** Appeals this person may put on this meeting's agenda: never one about them. */
	@Transactional(readOnly = true)
	public List<Appeal> agendaCandidates(MeetingView meeting, CurrentUser user) {
		return this.meetings.agendaCandidates(meeting)
			.stream()
			.filter(appeal -> this.meetings.about(user, List.of(appeal.id())).isEmpty())
			.toList();
	}

	/**
	 * The meeting for its protocol: for who may see the meeting and is a subject of none
	 * of its items; 404 otherwise.
	 */
	public MeetingView protocolOf(UUID meetingId, CurrentUser user) {
		return this.meetings.protocolOf(meetingId, user);
	}

	/**
	 * May this person record the decision on this agenda item: whoever runs the forum, or
	 * the deputy chair when the chair is the item's subject; never a subject.
	 */
	@Transactional(readOnly = true)
	public boolean canDecide(CurrentUser user, MeetingView meeting, UUID appealId) {
		return this.forums.canDecide(user, meeting.forumKey(), appealId);
	}

	/**
	 * May this person read the protocols of the meetings this appeal was on? Never when
	 * one of those meetings has an item they are a subject of.
	 */
	@Transactional(readOnly = true)
	public boolean mayReadProtocolsOf(UUID appealId, CurrentUser user) {
		return this.meetings.meetingsWith(appealId)
			.stream()
			.allMatch(meeting -> this.meetings.about(user, meeting.agenda()).isEmpty());
	}

}
