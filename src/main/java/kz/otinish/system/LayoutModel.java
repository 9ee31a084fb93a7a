package kz.otinish.system;

import java.util.List;

import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: who is signed in, and the few places their role
 * goes.
 */
@ControllerAdvice
class LayoutModel {

	private final kz.otinish.notification.Notifications notifications;

	private final kz.otinish.work.Work work;

	LayoutModel(kz.otinish.notification.Notifications notifications, kz.otinish.work.Work work) {
		this.notifications = notifications;
		this.work = work;
	}

	/**
	 * How many items of work wait for the signed-in member of staff (the navigation's
	 * first link); {@code -1} for those who have no such list.
	 */
	@ModelAttribute("waitingWork")
	long waitingWork(jakarta.servlet.http.HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return -1;
		}
		return Accounts.current().filter(LayoutModel::hasWorkList).map(this.work::total).orElse(-1L);
	}

	static boolean hasWorkList(CurrentUser user) {
		return switch (user.role()) {
			case REGISTRAR, DEANS_OFFICE, DEAN, OFFICIAL, BODY_SECRETARY, BODY_MEMBER -> true;
			default -> false;
		};
	}

	/**
	 * How many notifications the signed-in person has not read (shown beside the menu);
	 * not counted for the API, which renders no layout.
	 */
	@ModelAttribute("unreadNotifications")
	int unreadNotifications(jakarta.servlet.http.HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return 0;
		}
		return Accounts.current().map(user -> this.notifications.unreadCount(user.username())).orElse(0);
	}

	/** A navigation link: the message key of its label and its path. */
	record NavLink(String labelKey, String path) {
	}

	@ModelAttribute("currentUser")
	@Nullable CurrentUser currentUser() {
		return Accounts.current().orElse(null);
	}

	@ModelAttribute("currentPath")
	String currentPath(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI();
	}

	/**
	 * The language switcher's target: this page with its query kept (a journal's period,
	 * a meeting's forum, filters) and only {@code lang} replaced. Only GET pages keep
	 * their query; a page rendered after a POST switches on its plain path.
	 */
	@ModelAttribute("sameQuery")
	String sameQuery(jakarta.servlet.http.HttpServletRequest request) {
		String query = request.getQueryString();
		if (!"GET".equals(request.getMethod()) || query == null || query.isBlank()) {
			return "";
		}
		return org.springframework.web.util.UriComponentsBuilder.newInstance()
			.query(query)
			.replaceQueryParam("lang")
			.build()
			.toUriString();
	}

	/**
	 * Whether the header carries the search box: for everyone whose menu has the list of
	 * appeals (the staff; the search stays within their scope).
	 */
	@ModelAttribute("searchBox")
	boolean searchBox() {
		return Accounts.current()
			.map(user -> linksFor(user).stream().anyMatch(link -> "/appeals".equals(link.path())))
			.orElse(false);
	}

	@ModelAttribute("navigation")
	List<NavLink> navigation() {
		return Accounts.current().map(user -> linksFor(user)).orElse(List.of());
	}

	static List<NavLink> linksFor(CurrentUser user) {
		return switch (user.role()) {
			case STUDENT, STAFF, REPRESENTATIVE ->
				List.of(new NavLink("nav.myAppeals", "/appeals/mine"), new NavLink("nav.newAppeal", "/appeals/new"));
			case REGISTRAR,
					DEANS_OFFICE ->
				List.of(new NavLink("nav.desk", "/desk"), new NavLink("nav.journal", "/journal"),
						new NavLink("nav.appeals", "/appeals"), new NavLink("mailbox.nav", "/mailbox"),
						new NavLink("nav.statistics", "/statistics"));
			case DEAN -> List.of(new NavLink("nav.triage", "/triage"), new NavLink("nav.appeals", "/appeals"),
					new NavLink("nav.journal", "/journal"), new NavLink("review.nav.meetings", "/meetings"),
					new NavLink("clock.nav", "/overdue"), new NavLink("review.nav.actions", "/actions"),
					new NavLink("nav.statistics", "/statistics"));
			case OFFICIAL -> List.of(new NavLink("nav.triage", "/triage"), new NavLink("nav.appeals", "/appeals"),
					new NavLink("review.nav.meetings", "/meetings"), new NavLink("clock.nav", "/overdue"),
					new NavLink("review.nav.actions", "/actions"), new NavLink("nav.statistics", "/statistics"));
			case BODY_SECRETARY, BODY_MEMBER ->
				List.of(new NavLink("review.nav.meetings", "/meetings"), new NavLink("review.nav.actions", "/actions"),
						new NavLink("nav.triage", "/triage"), new NavLink("nav.appeals", "/appeals"));
			case MODERATOR ->
				List.of(new NavLink("nav.blogModeration", "/blog/moderation"), new NavLink("nav.appeals", "/appeals"));
			case ANALYST -> List.of(new NavLink("nav.statistics", "/statistics"));
			case ADMIN -> List.of(new NavLink("nav.calendar", "/admin/calendar"),
					new NavLink("nav.organization", "/admin/organization"), new NavLink("nav.audit", "/admin/audit"),
					new NavLink("people.nav.users", "/admin/users"));
		};
	}

}
