package kz.otinish.appeal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealSearch;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Attachment;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.RepeatGround;
import kz.otinish.appeal.SearchHit;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import kz.otinish.appeal.AppealTimeline;
import kz.otinish.identity.CurrentUser;
import kz.otinish.organization.BodyView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reading appeals: one appeal's page, the applicant's own list and the triage queue.
 */
@Controller
class AppealPagesController {

	static final int PAGE_SIZE = 25;

	private final AppealManagement appeals;

	private final AppealTimeline timeline;

	private final AppealPages pages;

	private final java.time.Clock clock;

	private final kz.otinish.appeal.AppealAccessPolicy policy;

	private final kz.otinish.appeal.AppealNotes notes;

	private final kz.otinish.organization.Organization organization;

	private final AppealSearch search;

	private final kz.otinish.appeal.AppealLists lists;

	private final AppealListExport export;

	AppealPagesController(AppealManagement appeals, AppealTimeline timeline, AppealPages pages, java.time.Clock clock,
			kz.otinish.appeal.AppealAccessPolicy policy, kz.otinish.appeal.AppealNotes notes,
			kz.otinish.organization.Organization organization, AppealSearch search, kz.otinish.appeal.AppealLists lists,
			AppealListExport export) {
		this.export = export;
		this.lists = lists;
		this.notes = notes;
		this.organization = organization;
		this.policy = policy;
		this.search = search;
		this.appeals = appeals;
		this.timeline = timeline;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/appeals/{id}")
	String showAppeal(@PathVariable UUID id,
			@RequestParam(name = "complaint", required = false) @Nullable String complaint, CurrentUser user,
			Model model) {
		return page(this.appeals.get(id, user), user, model, complaint != null);
	}

	private String page(Appeal appeal, CurrentUser user, Model model) {
		return page(appeal, user, model, false);
	}

	private String page(Appeal appeal, CurrentUser user, Model model, boolean complaintFiled) {
		model.addAttribute("appeal", appeal);
		model.addAttribute("schoolName",
				appeal.schoolCode() == null ? "" : this.organization.school(appeal.schoolCode())
					.map(school -> school.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()))
					.orElse(appeal.schoolCode()));
		model.addAttribute("seesIdentityDocument", this.policy.seesIdentityNumbers(user, appeal));
		model.addAttribute("attachments", this.appeals.attachments(appeal));
		model.addAttribute("timeline", this.timeline.of(appeal, user));
		AppealManagement.TriageOptions options = this.appeals.triageOptions(appeal, user);
		model.addAttribute("repeatGrounds", RepeatGround.values());
		List<Appeal> candidates = options.canMarkRepeated() ? this.lists.possiblyRepeated(appeal) : List.of();
		if (options.canMarkRepeated()) {
			model.addAttribute("candidates", candidates);
		}
		model.addAttribute("appealPage", this.pages.of(appeal, user, options, !candidates.isEmpty(), complaintFiled));
		if (appeal.earlierAppealId() != null) {
			model.addAttribute("earlier", this.appeals.find(appeal.earlierAppealId()).orElse(null));
		}
		model.asMap().putIfAbsent("returnForm", new TriageForms.Return(""));
		model.asMap().putIfAbsent("notConsideredForm", new TriageForms.NotConsidered(""));
		model.asMap().putIfAbsent("forwardForm", TriageForms.Forward.startingAt(this.clock));
		model.asMap().putIfAbsent("repeatedForm", new TriageForms.Repeated(null, null));
		boolean notes = this.notes.mayUse(user, appeal);
		model.addAttribute("seesNotes", notes);
		if (notes) {
			model.addAttribute("notes", this.notes.of(appeal.id(), user));
			model.asMap().putIfAbsent("noteForm", new TriageForms.Note(""));
		}
		return "appeal/show";
	}

	/** Internal notes: staff who may see the appeal leave each other a note. */
	@PostMapping("/appeals/{id}/notes")
	String addNote(@PathVariable UUID id, CurrentUser user, @Valid @ModelAttribute("noteForm") TriageForms.Note form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				this.notes.add(id, form.text(), user);
				return "redirect:/appeals/" + id + "#notes";
			}
			catch (kz.otinish.shared.Refused ex) {
				result.rejectValue("text", ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return page(this.appeals.get(id, user), user, model);
	}

	/** DL-3. */
	@PostMapping("/appeals/{id}/return")
	String returnWithoutConsideration(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("returnForm") TriageForms.Return form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return page(this.appeals.get(id, user), user, model);
		}
		this.appeals.returnWithoutConsideration(id, form.explanation(), user);
		return "redirect:/appeals/" + id;
	}

	/** INT-4: not subject to consideration. */
	@PostMapping("/appeals/{id}/not-considered")
	String declareNotConsidered(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("notConsideredForm") TriageForms.NotConsidered form, BindingResult result,
			Model model) {
		if (result.hasErrors()) {
			return page(this.appeals.get(id, user), user, model);
		}
		this.appeals.declareNotConsidered(id, form.reason(), user);
		return "redirect:/appeals/" + id;
	}

	/** INT-4: forwarded to a state body. */
	@PostMapping("/appeals/{id}/forward")
	String forwardToStateBody(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("forwardForm") TriageForms.Forward form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return page(this.appeals.get(id, user), user, model);
		}
		this.appeals.forwardToStateBody(id, form.toForwarding(this.clock.getZone()), user);
		return "redirect:/appeals/" + id;
	}

	/** TERM-6. */
	@PostMapping("/appeals/{id}/repeated")
	String markRepeated(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("repeatedForm") TriageForms.Repeated form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return page(this.appeals.get(id, user), user, model);
		}
		this.appeals.markRepeated(id, form.earlierId(), form.ground(), user);
		return "redirect:/appeals/" + id;
	}

	@GetMapping("/appeals/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> downloadAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId,
			CurrentUser user) {
		Attachment file = this.appeals.attachment(id, attachmentId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@GetMapping("/appeals/mine")
	String showMine(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.lists.list(AppealFilter.none(),
				kz.otinish.shared.Paging.of(page, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "receivedAt")), user));
		model.addAttribute("pagerBase", "/appeals/mine");
		return "appeal/mine";
	}

	/** The list as filtered and searched, as CSV (UTF-8 with a byte order mark). */
	@GetMapping("/appeals.csv")
	org.springframework.http.ResponseEntity<byte[]> listCsv(CurrentUser user,
			@org.springframework.web.bind.annotation.ModelAttribute ListFilter filter,
			@RequestParam(defaultValue = "") String q, java.util.Locale locale) {
		return this.export.of(filter, words(q), user, locale).download(kz.otinish.shared.TableExport.Format.CSV);
	}

	/** The list as filtered and searched, as an Excel workbook. */
	@GetMapping("/appeals.xlsx")
	org.springframework.http.ResponseEntity<byte[]> listXlsx(CurrentUser user,
			@org.springframework.web.bind.annotation.ModelAttribute ListFilter filter,
			@RequestParam(defaultValue = "") String q, java.util.Locale locale) {
		return this.export.of(filter, words(q), user, locale).download(kz.otinish.shared.TableExport.Format.XLSX);
	}

	private static String words(String q) {
		return q.length() > AppealSearch.MAX_LENGTH ? q.substring(0, AppealSearch.MAX_LENGTH) : q.strip();
	}

	@GetMapping("/appeals")
	String showList(CurrentUser user,
			@org.springframework.web.bind.annotation.ModelAttribute("filter") ListFilter filter,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		String words = q.length() > AppealSearch.MAX_LENGTH ? q.substring(0, AppealSearch.MAX_LENGTH) : q.strip();
		Slice<SearchHit> found = this.search.find(filter.toFilter(), words,
				kz.otinish.shared.Paging.of(page, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "receivedAt")), user);
		model.addAttribute("page", found);
		model.addAttribute("ranked", this.search.ranked());
		model.addAttribute("statuses", AppealStatus.values());
		model.addAttribute("kinds", AppealKind.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("categories", kz.otinish.appeal.Category.values());
		// a choice of school for those who see more than one
		model.addAttribute("schools", user.schoolCode() == null ? this.organization.schools() : java.util.List.of());
		// the bodies of the reader's school (and the Ethics Council), or every body; and
		// the members of the chosen body (or of those) who can be assigned an appeal
		List<BodyView> bodies = bodiesFor(user);
		model.addAttribute("bodies", bodies);
		model.addAttribute("executors", this.organization.accountsOf(filter.body() != null && !filter.body().isBlank()
				? List.of(filter.body().strip()) : bodies.stream().map(BodyView::code).toList()));
		model.addAttribute("status", filter.status());
		model.addAttribute("kind", filter.kind());
		model.addAttribute("channel", filter.channel());
		model.addAttribute("q", words);
		// the pager keeps the words and the filters
		model.addAttribute("pagerBase", filter.href("/appeals", words));
		model.addAttribute("exportCsv", filter.href("/appeals.csv", words));
		model.addAttribute("exportXlsx", filter.href("/appeals.xlsx", words));
		return "appeal/list";
	}

	private List<BodyView> bodiesFor(CurrentUser user) {
		if (user.schoolCode() == null) {
			return this.organization.bodies();
		}
		List<BodyView> bodies = new ArrayList<>(this.organization.bodiesOf(user.schoolCode()));
		bodies.add(this.organization.ethicsCouncil());
		return bodies;
	}

	/**
	 * The dean's triage queue: registered appeals of the school, the nearest due date
	 * first, paged by the database.
	 */
	@GetMapping("/triage")
	String showTriage(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		Slice<Appeal> queue = this.lists.triageQueue(kz.otinish.shared.Paging.of(page, PAGE_SIZE), user);
		model.addAttribute("queue", queue.getContent());
		model.addAttribute("page", queue);
		model.addAttribute("pagerBase", "/triage");
		return "appeal/triage";
	}

}
