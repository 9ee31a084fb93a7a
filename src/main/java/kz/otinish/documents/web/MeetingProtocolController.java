package kz.otinish.documents.web;

import java.util.UUID;

import kz.otinish.documents.Documents;
import kz.otinish.identity.CurrentUser;
import kz.otinish.review.ConflictOfInterest;
import kz.otinish.review.MeetingView;
import kz.otinish.shared.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The protocol of a meeting, for those who may see the meeting (the review module's rule:
 * who runs or sits in its forum, the school's dean, officials, never a person one of its
 * items is about; 404 otherwise): the latest version issued for it, the same stored bytes
 * as under each appeal on its agenda.
 */
@Controller
class MeetingProtocolController {

	private final ConflictOfInterest conflicts;

	private final Documents documents;

	MeetingProtocolController(ConflictOfInterest conflicts, Documents documents) {
		this.conflicts = conflicts;
		this.documents = documents;
	}

	@GetMapping("/meetings/{id}/protocol.pdf")
	ResponseEntity<byte[]> downloadProtocol(@PathVariable UUID id, CurrentUser user) {
		MeetingView meeting = this.conflicts.protocolOf(id, user);
		return PdfResponses.of(this.documents.pdf(this.documents.protocolOfMeeting(meeting.id(), meeting.agenda())
			.orElseThrow(() -> new NotFound("documents.notAvailable"))));
	}

}
