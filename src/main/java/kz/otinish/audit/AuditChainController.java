package kz.otinish.audit;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/audit: an administrator verifies the audit trail's hash chain and sees the first
 * broken link, if any; {@code POST /api/v1/admin/audit/verification} does the same for
 * scripts.
 */
@Controller
class AuditChainController {

	static final String VIEW = "audit/chain";

	private final AuditChain chain;

	AuditChainController(AuditChain chain) {
		this.chain = chain;
	}

	@GetMapping("/admin/audit")
	String showChain() {
		return VIEW;
	}

	@PostMapping("/admin/audit/verification")
	String processVerification(RedirectAttributes redirect) {
		redirect.addFlashAttribute("verification", this.chain.verify());
		return "redirect:/admin/audit";
	}

	@PostMapping(path = "/api/v1/admin/audit/verification", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	AuditChain.Verification verify() {
		return this.chain.verify();
	}

}
