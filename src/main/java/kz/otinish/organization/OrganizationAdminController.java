package kz.otinish.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

import kz.otinish.identity.AccountAdministration;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's view of the organization, and the edits an admin may make to it. */
@Controller
@RequestMapping("/admin/organization")
class OrganizationAdminController {

	private static final int BLANK_ROWS = 2;

	private final Organization organization;

	private final OrganizationAdministration administration;

	private final Accounts accounts;

	private final AccountAdministration directory;

	OrganizationAdminController(Organization organization, OrganizationAdministration administration, Accounts accounts,
			AccountAdministration directory) {
		this.organization = organization;
		this.administration = administration;
		this.accounts = accounts;
		this.directory = directory;
	}

	/**
	 * The account picker of a member row: accounts whose name, username, e-mail or
	 * external id contains what was typed, as the options of the row's datalist (htmx).
	 */
	@GetMapping("/accounts")
	String showAccountOptions(@RequestParam(defaultValue = "0") int row,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		String typed = params.entrySet()
			.stream()
			.filter(entry -> entry.getKey().endsWith(".account"))
			.flatMap(entry -> entry.getValue().stream())
			.findFirst()
			.orElse("");
		model.addAttribute("row", row);
		model.addAttribute("found",
				typed.strip().length() < 2 ? List.of() : this.directory.search(typed, 0, 20).getContent());
		return "organization/fields :: accountOptions";
	}

	@GetMapping
	String showOrganization(Model model) {
		List<OfficialView> officials = this.organization.officials();
		Map<String, OfficialView> officialsByCode = officials.stream()
			.collect(Collectors.toMap(OfficialView::code, Function.identity()));
		model.addAttribute("university", this.organization.university());
		model.addAttribute("schools",
				this.organization.schools()
					.stream()
					.map(school -> new SchoolSection(school, this.organization.dean(school.code()).orElse(null),
							this.organization.bodiesOf(school.code()).stream().map(this::section).toList()))
					.toList());
		model.addAttribute("ethicsCouncil", section(this.organization.ethicsCouncil()));
		model.addAttribute("units", this.organization.units());
		model.addAttribute("officials", officials);
		model.addAttribute("officialsByCode", officialsByCode);
		return "organization/admin";
	}

	@GetMapping("/schools/{code}")
	String initSchoolForm(@PathVariable String code, Model model) {
		SchoolView school = school(code);
		model.addAttribute("school", school);
		model.addAttribute("schoolForm", new SchoolForm(school.email()));
		return "organization/school-form";
	}

	@PostMapping("/schools/{code}")
	String processSchoolForm(@PathVariable String code, @Valid @ModelAttribute("schoolForm") SchoolForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		SchoolView school = school(code);
		if (result.hasErrors()) {
			model.addAttribute("school", school);
			return "organization/school-form";
		}
		this.administration.changeSchoolEmail(school.code(), form.email().strip());
		redirect.addAttribute("saved", school.code());
		return "redirect:/admin/organization";
	}

	@GetMapping("/bodies/{code}")
	String initMembersForm(@PathVariable String code, Model model) {
		BodyView body = body(code);
		List<MemberRow> rows = new ArrayList<>(this.organization.membersOf(body).stream().map(MemberRow::of).toList());
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(MemberRow.blank());
		}
		model.addAttribute("body", body);
		model.addAttribute("membersForm", new MembersForm(rows));
		model.addAttribute("memberRoles", MemberRole.values());
		return "organization/members-form";
	}

	@PostMapping("/bodies/{code}")
	String processMembersForm(@PathVariable String code, @Valid @ModelAttribute("membersForm") MembersForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BodyView body = body(code);
		for (int i = 0; i < form.members().size(); i++) {
			MemberRow row = form.members().get(i);
			if (row.isFilled() && row.role() == null) {
				result.rejectValue("members[" + i + "].role", "organization.members.roleGiven");
			}
			if (row.isFilled()
					&& !(notBlank(row.positionKk()) && notBlank(row.positionRu()) && notBlank(row.positionEn()))) {
				result.rejectValue("members[" + i + "].positionKk", "organization.members.positionGiven");
			}
		}
		Map<Integer, CurrentUser> chosen = new java.util.HashMap<>();
		java.util.Set<String> named = this.organization.membersOf(body)
			.stream()
			.map(MemberView::account)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		for (int i = 0; i < form.members().size(); i++) {
			MemberRow row = form.members().get(i);
			if (row.isFilled() && notBlank(row.account())) {
				String typed = row.account().strip();
				Optional<CurrentUser> account = this.accounts.byUsername(typed).or(() -> this.accounts.byEmail(typed));
				if (account.isPresent()) {
					chosen.put(i, account.get());
				}
				else if (!named.contains(typed)) {
					// a username the organization file named before its account exists
					// stays; a new one must be an account chosen from the directory
					result.rejectValue("members[" + i + "].account", "organization.members.accountUnknown");
				}
			}
		}
		if (form.filled().stream().filter(row -> row.role() == MemberRole.CHAIR).count() != 1) {
			result.reject("organization.members.oneChair");
		}
		if (result.hasErrors()) {
			model.addAttribute("body", body);
			model.addAttribute("memberRoles", MemberRole.values());
			return "organization/members-form";
		}
		this.administration.replaceMembers(body.code(), form.toMembers(chosen));
		redirect.addAttribute("saved", body.code());
		return "redirect:/admin/organization";
	}

	private BodyView body(String code) {
		return this.organization.body(code).orElseThrow(() -> new NotFound("organization.notFound.body"));
	}

	private SchoolView school(String code) {
		return this.organization.school(code).orElseThrow(() -> new NotFound("organization.notFound.school"));
	}

	private BodySection section(BodyView body) {
		return new BodySection(body, this.organization.membersOf(body));
	}

	record SchoolSection(SchoolView school, @Nullable OfficialView dean, List<BodySection> bodies) {
	}

	record BodySection(BodyView body, List<MemberView> members) {
	}

	/** A body's members as an admin edits them; rows left without a name are dropped. */
	record MembersForm(@Valid List<MemberRow> members) {

		MembersForm {
			members = members == null ? List.of() : members;
		}

		List<MemberRow> filled() {
			return this.members.stream().filter(MemberRow::isFilled).toList();
		}

		/** The filled rows, each pointing at the account chosen for it (by row index). */
		List<OrganizationLoader.ResolvedMember> toMembers(Map<Integer, CurrentUser> chosen) {
			List<OrganizationLoader.ResolvedMember> members = new ArrayList<>();
			for (int i = 0; i < this.members.size(); i++) {
				MemberRow row = this.members.get(i);
				if (!row.isFilled()) {
					continue;
				}
				CurrentUser account = chosen.get(i);
				members.add(new OrganizationLoader.ResolvedMember(row.role() == null ? MemberRole.MEMBER : row.role(),
						row.fullName().strip(),
						new LocalizedText(row.positionKk().strip(), row.positionRu().strip(), row.positionEn().strip()),
						blankToNull(row.email()), account == null ? blankToNull(row.account()) : account.username(),
						account == null ? null : account.id()));
			}
			return members;
		}

	}

	/**
	 * One member row. A filled row (one with a name) needs its role and its position in
	 * the three languages, checked by the controller so that blank rows pass.
	 */
	record MemberRow(@Nullable MemberRole role, @Size(max = 300) @Nullable String fullName,
			@Size(max = 300) @Nullable String positionKk, @Size(max = 300) @Nullable String positionRu,
			@Size(max = 300) @Nullable String positionEn, @Email @Size(max = 320) @Nullable String email,
			@Size(max = 100) @Nullable String account) {

		static MemberRow of(MemberView member) {
			return new MemberRow(member.role(), member.fullName(), member.positions().kk(), member.positions().ru(),
					member.positions().en(), member.email(), member.account());
		}

		static MemberRow blank() {
			return new MemberRow(null, null, null, null, null, null, null);
		}

		boolean isFilled() {
			return this.fullName != null && !this.fullName.isBlank();
		}

	}

	private static boolean notBlank(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The editable part of a school: the address appeals by e-mail go to (INT-2). */
	record SchoolForm(@NotBlank @Email @Size(max = 320) String email) {
	}

}
