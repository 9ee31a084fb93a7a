package kz.otinish.people;

import java.util.Locale;
import java.util.UUID;

import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.AccountAdministration;
import kz.otinish.identity.AccountDetails;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.BodyMemberships;
import kz.otinish.organization.Organization;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/users: find an account, and on its page give it a role and school, see the
 * scopes the organization gives it (an official's post, seats in bodies), deactivate or
 * reactivate it, reset its password. A one-time password is shown once, right after the
 * reset.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdministrationController {

	static final int PAGE_SIZE = 25;

	private final AccountAdministration administration;

	private final Organization organization;

	private final BodyMemberships memberships;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final KnownSchools schools;

	UserAdministrationController(AccountAdministration administration, Organization organization,
			BodyMemberships memberships, AuditTrail audit, MessageSource messages, KnownSchools schools) {
		this.schools = schools;
		this.administration = administration;
		this.organization = organization;
		this.memberships = memberships;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping
	String showUsers(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<AccountDetails> found = this.administration.search(q, page, PAGE_SIZE);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("users", found);
		return "people/users";
	}

	@GetMapping("/{id}")
	String showUser(@PathVariable UUID id, Model model) {
		AccountDetails account = this.administration.account(id);
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("schools", this.organization.schools());
		model.addAttribute("memberships", this.memberships.membershipsOf(id));
		model.addAttribute("positions", this.memberships.positionsOf(id));
		model.addAttribute("history", this.audit.of(id));
		return "people/user";
	}

	@PostMapping("/{id}/role")
	String processRole(@PathVariable UUID id, @RequestParam Role role,
			@RequestParam(required = false) @Nullable String school, CurrentUser admin, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "people.users.saved",
				() -> this.administration.assign(id, role, this.schools.code(school), admin));
	}

	@PostMapping("/{id}/deactivation")
	String processDeactivation(@PathVariable UUID id, CurrentUser admin, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "people.users.deactivated", () -> this.administration.deactivate(id, admin));
	}

	@PostMapping("/{id}/reactivation")
	String processReactivation(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "people.users.reactivated", () -> this.administration.reactivate(id));
	}

	@PostMapping("/{id}/password-reset")
	String processPasswordReset(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "people.users.passwordReset",
				() -> redirect.addFlashAttribute("oneTimePassword", this.administration.resetPassword(id)));
	}

	private String act(UUID id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", this.messages.getMessage(doneKey, null, locale));
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("problem",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/admin/users/" + id;
	}

}
