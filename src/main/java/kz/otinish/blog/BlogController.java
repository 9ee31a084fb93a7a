package kz.otinish.blog;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.otinish.appeal.Category;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.organization.Organization;
import kz.otinish.organization.SchoolView;
import kz.otinish.shared.Language;
import kz.otinish.shared.RateLimiter;
import kz.otinish.shared.RateLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public page of the Rector's blog (INT-2c): anyone may write, signed in or not;
 * published answers are listed newest first. Posting is limited per client address.
 */
@Controller
class BlogController {

	static final String POST_FORM = "blogPost";

	private final BlogModeration blog;

	private final Organization organization;

	private final RateLimiter limiter;

	BlogController(BlogModeration blog, Organization organization, RateLimits limits) {
		this.blog = blog;
		this.organization = organization;
		this.limiter = limits.limiter("blog");
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("categories", Category.values());
		model.addAttribute("schools", this.organization.schools());
		model.addAttribute("signedIn", Accounts.current().isPresent());
		model.addAttribute("published", this.blog.published().stream().map(BlogPostView::of).toList());
	}

	@GetMapping("/blog")
	String initPostForm(Model model) {
		model.addAttribute(POST_FORM, PostForm.prefilledFor(Accounts.current().orElse(null)));
		return "blog/index";
	}

	@PostMapping("/blog")
	String processPostForm(@ModelAttribute(POST_FORM) PostForm form, BindingResult result, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Set<String> schools = this.organization.schools().stream().map(SchoolView::code).collect(Collectors.toSet());
		form.validate(result, schools);
		if (result.hasErrors()) {
			return "blog/index";
		}
		RateLimiter.Attempt attempt = this.limiter.tryAcquire(request.getRemoteAddr());
		if (attempt.refused()) {
			response.setStatus(429);
			result.reject("blog.error.tooMany", new Object[] { attempt.retryAfterMinutes() }, null);
			return "blog/index";
		}
		@Nullable CurrentUser user = Accounts.current().orElse(null);
		BlogPost post = this.blog.write(form.toNewPost(user, Language.of(locale)));
		redirect.addFlashAttribute("reference", post.reference());
		redirect.addFlashAttribute("anonymous", post.anonymous());
		return "redirect:/blog/sent";
	}

	@GetMapping("/blog/sent")
	String showSent(Model model) {
		if (!model.containsAttribute("reference")) {
			return "redirect:/blog";
		}
		return "blog/sent";
	}

}
