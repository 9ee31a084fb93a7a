package kz.otinish.documents.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.otinish.appeal.Appeal;
import kz.otinish.review.MeetingView;
import kz.otinish.documents.Documents;
import kz.otinish.documents.IssuedDocument;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Decides which document links a page showing an appeal offers, in one place: every page
 * whose model holds an {@code appeal} gets its {@link DocumentLinks} as
 * {@code documentLinks}, so the pages of other modules link documents without knowing
 * this module. An applicant reading their own appeal sees only the letters addressed to
 * them.
 */
@Component
public class DocumentPages implements HandlerInterceptor {

	/** The model attribute the links are under. */
	public static final String ATTRIBUTE = "documentLinks";

	/** On a meeting page: has a protocol been issued for this meeting? */
	static final String PROTOCOL_ATTRIBUTE = "meetingProtocolIssued";

	private final Documents documents;

	DocumentPages(Documents documents) {
		this.documents = documents;
	}

	/** The links of this appeal for this reader (none signed in: a public page). */
	public DocumentLinks of(Appeal appeal, @Nullable CurrentUser user) {
		List<IssuedDocument> all = this.documents.issuedFor(appeal);
		return new DocumentLinks(
				(user != null) ? this.documents.available(appeal, user) : this.documents.available(appeal),
				(user != null) ? this.documents.issuedFor(appeal, user) : all,
				all.stream().map(document -> document.kind().slug()).collect(Collectors.toSet()),
				appeal.registration().isPresent());
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || !page.hasView()
				|| page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
			return;
		}
		if (page.getModel().get("meeting") instanceof MeetingView meeting
				&& !page.getModel().containsKey(PROTOCOL_ATTRIBUTE)) {
			page.addObject(PROTOCOL_ATTRIBUTE,
					this.documents.protocolOfMeeting(meeting.id(), meeting.agenda()).isPresent());
		}
		if (page.getModel().containsKey(ATTRIBUTE) || !(page.getModel().get("appeal") instanceof Appeal appeal)) {
			return;
		}
		page.addObject(ATTRIBUTE, of(appeal, Accounts.current().orElse(null)));
	}

}
