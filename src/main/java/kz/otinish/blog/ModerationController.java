package kz.otinish.blog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.Organization;
import kz.otinish.organization.SchoolView;
import kz.otinish.shared.Refused;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation queue (INT-3): every post waits here until it is routed and its
 * publication is decided. Moderators only (the security configuration says so too). There
 * is no delete (INT-5).
 */
@Controller
class ModerationController {

	static final String FORM = "moderation";

	private final BlogModeration blog;

	private final Organization organization;

	ModerationController(BlogModeration blog, Organization organization) {
		this.blog = blog;
		this.organization = organization;
	}

	@GetMapping("/blog/moderation")
	String showQueue(CurrentUser user, Model model) {
		requireModerator(user);
		model.addAttribute("awaiting", this.blog.awaitingModeration().stream().map(BlogPostView::of).toList());
		model.addAttribute("moderated", this.blog.moderated().stream().map(BlogPostView::of).toList());
		return "blog/moderation";
	}

	@GetMapping("/blog/moderation/{id}")
	String showPost(@PathVariable UUID id, CurrentUser user, Model model) {
		requireModerator(user);
		BlogPost post = this.blog.get(id);
		List<RoutingSuggestion> suggestions = this.blog.suggestions(post);
		String suggested = suggestions.stream()
			.map(RoutingSuggestion::schoolCode)
			.filter(school -> school != null)
			.findFirst()
			.orElse(null);
		model.addAttribute(FORM, ModerationForm.initial(post, suggested));
		return page(post, suggestions, model);
	}

	@PostMapping("/blog/moderation/{id}/publish")
	String publish(@PathVariable UUID id, CurrentUser user, @ModelAttribute(FORM) ModerationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		requireModerator(user);
		form.validatePublication(result);
		if (result.hasErrors()) {
			return rerender(id, model);
		}
		try {
			return done(this.blog.publish(id, form.cleanQuestion(), form.cleanAnswer(), form.isKeepNames(), user),
					"blog.done.published", redirect);
		}
		catch (BlogModeration.NamesStaff ex) {
			result.rejectValue("question", ex.messageKey(), ex.arguments(), null);
			model.addAttribute("namesFound", true);
			return rerender(id, model);
		}
	}

	@PostMapping("/blog/moderation/{id}/refuse")
	String refuse(@PathVariable UUID id, CurrentUser user, @ModelAttribute(FORM) ModerationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		requireModerator(user);
		form.validateRefusal(result);
		if (result.hasErrors()) {
			return rerender(id, model);
		}
		return done(this.blog.refusePublication(id, form.cleanReason(), user), "blog.done.refused", redirect);
	}

	@PostMapping("/blog/moderation/{id}/route")
	String route(@PathVariable UUID id, CurrentUser user, @ModelAttribute(FORM) ModerationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		requireModerator(user);
		form.validateRouting(result);
		if (result.hasErrors()) {
			return rerender(id, model);
		}
		try {
			return done(this.blog.routeToDeansOffice(id, form.cleanSchoolCode(), user), "blog.done.routed", redirect);
		}
		catch (Refused refused) {
			result.reject(refused.messageKey(), refused.arguments(), null);
			return rerender(id, model);
		}
	}

	@PostMapping("/blog/moderation/{id}/triage")
	String triage(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
		requireModerator(user);
		return done(this.blog.sendToAnonymousTriage(id, user), "blog.done.triage", redirect);
	}

	private String rerender(UUID id, Model model) {
		BlogPost post = this.blog.get(id);
		return page(post, this.blog.suggestions(post), model);
	}

	private String page(BlogPost post, List<RoutingSuggestion> suggestions, Model model) {
		model.addAttribute("post", BlogPostView.of(post));
		model.addAttribute("suggestions", suggestions);
		List<SchoolView> schools = this.organization.schools();
		Map<String, SchoolView> byCode = new HashMap<>();
		schools.forEach(school -> byCode.put(school.code(), school));
		model.addAttribute("schools", schools);
		model.addAttribute("schoolsByCode", byCode);
		return "blog/post";
	}

	private static String done(BlogPost post, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", message);
		return "redirect:/blog/moderation/" + post.id();
	}

	private static void requireModerator(CurrentUser user) {
		if (!user.is(Role.MODERATOR)) {
			throw new AccessDeniedException("the moderation queue is for moderators");
		}
	}

}
