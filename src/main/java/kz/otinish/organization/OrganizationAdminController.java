package kz.otinish.organization;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.otinish.shared.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's view of the organization, and the edits an admin may make to it. */
@Controller
@RequestMapping("/admin/organization")
class OrganizationAdminController {

	private final Organization organization;

	private final OrganizationAdministration administration;

	OrganizationAdminController(Organization organization, OrganizationAdministration administration) {
		this.organization = organization;
		this.administration = administration;
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

	/** The editable part of a school: the address appeals by e-mail go to (INT-2). */
	record SchoolForm(@NotBlank @Email @Size(max = 320) String email) {
	}

}
