package kz.otinish.people;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/people/import: the administrator uploads a file, sees the dry run (what would be
 * created, updated and deactivated, and every faulty row by line), and confirms. The file
 * waits in the session between the two steps, so the import is exactly what was
 * previewed.
 */
@Controller
@RequestMapping("/admin/people/import")
class PeopleImportController {

	static final String VIEW = "people/import";

	private static final String PENDING = PeopleImportController.class.getName() + ".pending";

	private final PeopleImport peopleImport;

	private final PeopleMessages messages;

	PeopleImportController(PeopleImport peopleImport, PeopleMessages messages) {
		this.peopleImport = peopleImport;
		this.messages = messages;
	}

	@GetMapping
	String initImportForm(Model model) {
		model.addAttribute("kinds", ImportKind.values());
		return VIEW;
	}

	@PostMapping
	String processImportForm(@RequestParam(required = false) @Nullable ImportKind kind,
			@RequestParam(defaultValue = "false") boolean full,
			@RequestParam(required = false) @Nullable MultipartFile file, HttpSession session, Model model,
			Locale locale) throws IOException {
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("full", full);
		if (kind == null || file == null || file.isEmpty()) {
			model.addAttribute("problem", this.messages.text(
					kind == null ? "people.import.kindRequired" : "people.import.fileRequired", new Object[0], locale));
			return VIEW;
		}
		byte[] content = file.getBytes();
		try {
			ImportReport report = this.peopleImport.run(kind, content, full, true);
			String token = UUID.randomUUID().toString();
			session.setAttribute(PENDING, new Pending(token, kind, full, content));
			model.addAttribute("report", report);
			model.addAttribute("token", token);
			model.addAttribute("errorTexts",
					report.errors().stream().map(e -> this.messages.error(e, locale)).toList());
		}
		catch (PeopleFileRefused ex) {
			model.addAttribute("problem", this.messages.text(ex.messageKey(), ex.arguments(), locale));
		}
		return VIEW;
	}

	@PostMapping("/confirm")
	String processConfirmation(@RequestParam String token, HttpSession session, RedirectAttributes redirect,
			Locale locale) {
		if (!(session.getAttribute(PENDING) instanceof Pending pending) || !pending.token().equals(token)) {
			redirect.addFlashAttribute("problem", this.messages.text("people.import.expired", new Object[0], locale));
			return "redirect:/admin/people/import";
		}
		session.removeAttribute(PENDING);
		ImportReport report = this.peopleImport.run(pending.kind(), pending.content(), pending.full(), false);
		redirect.addFlashAttribute("done", report.outcome());
		redirect.addFlashAttribute("doneKind", report.kind());
		redirect.addFlashAttribute("doneErrors", report.errors().size());
		return "redirect:/admin/people/import";
	}

	/** A previewed file waiting for the administrator's confirmation. */
	record Pending(String token, ImportKind kind, boolean full, byte[] content) implements Serializable {
	}

}
