package kz.otinish.tracking;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Registration;
import kz.otinish.shared.RateLimiter;
import kz.otinish.shared.RateLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public tracking (e-Otinish's numbered receipt, GlobaLeaks' receipt code): anyone
 * holding the registration number and the tracking code sees the status and the due date
 * without signing in. Both must match; a wrong pair says nothing about which part was
 * wrong.
 */
@Controller
class TrackingController {

	private final AppealManagement appeals;

	private final RateLimiter limiter;

	private final org.springframework.beans.factory.ObjectProvider<kz.otinish.appeal.ElectronicAnswers> answers;

	TrackingController(AppealManagement appeals, RateLimits limits,
			org.springframework.beans.factory.ObjectProvider<kz.otinish.appeal.ElectronicAnswers> answers) {
		this.appeals = appeals;
		this.limiter = limits.limiter("tracking");
		this.answers = answers;
	}

	@GetMapping("/track")
	String track(@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("number", number == null ? "" : number.strip());
		model.addAttribute("code", code == null ? "" : code.strip());
		if (number == null && code == null) {
			return "tracking/track";
		}
		if (isBlank(number) || isBlank(code)) {
			model.addAttribute("problem", "appeal.track.missing");
			return "tracking/track";
		}
		RateLimiter.Attempt attempt = this.limiter.tryAcquire(request.getRemoteAddr());
		if (attempt.refused()) {
			response.setStatus(429);
			model.addAttribute("problem", "appeal.track.tooMany");
			model.addAttribute("minutes", attempt.retryAfterMinutes());
			return "tracking/track";
		}
		Optional<Appeal> found = this.appeals.byTrackingCode(code.strip().toUpperCase(Locale.ROOT))
			.filter(appeal -> appeal.registration()
				.map(Registration::number)
				.map(registered -> registered.equalsIgnoreCase(number.strip()))
				.orElse(false));
		if (found.isEmpty()) {
			model.addAttribute("problem", "appeal.track.notFound");
			return "tracking/track";
		}
		model.addAttribute("appeal", found.get());
		// the answer itself, only where it was delivered electronically
		model.addAttribute("answerText",
				this.answers.stream()
					.flatMap(source -> source.deliveredElectronically(found.get().id()).stream())
					.findFirst()
					.orElse(null));
		return "tracking/tracked";
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
