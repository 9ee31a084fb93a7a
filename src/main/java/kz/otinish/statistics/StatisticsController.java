package kz.otinish.statistics;

import java.util.Locale;

import kz.otinish.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * STAT-1: appeals per school and status, within the reader's scope
 * ({@link StatisticsPolicy}); nobody sees contents here.
 */
@Controller
class StatisticsController {

	private final StatisticsPolicy policy;

	private final AppealCounts counts;

	StatisticsController(StatisticsPolicy policy, AppealCounts counts) {
		this.policy = policy;
		this.counts = counts;
	}

	@GetMapping("/statistics")
	String showStatistics(CurrentUser user, Locale locale, Model model) {
		model.addAttribute("view", this.counts.bySchoolAndStatus(this.policy.scopeOf(user), locale));
		return "statistics/statistics";
	}

}
