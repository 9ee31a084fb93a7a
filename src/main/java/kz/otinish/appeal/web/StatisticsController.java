package kz.otinish.appeal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.StatusCount;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * STAT-1, a first cut: appeals per school and status. Analysts and officials see every
 * school, a dean or dean's office their own; nobody sees contents here.
 */
@Controller
class StatisticsController {

	private final AppealManagement appeals;

	private final SchoolOptions schools;

	StatisticsController(AppealManagement appeals, SchoolOptions schools) {
		this.appeals = appeals;
		this.schools = schools;
	}

	/** One row of the table: a school and its count per status. */
	record Row(String school, Map<AppealStatus, Long> counts, long total) {
	}

	@GetMapping("/statistics")
	String showStatistics(CurrentUser user, Locale locale, Model model) {
		boolean everySchool = user.is(Role.ANALYST) || user.is(Role.OFFICIAL) || user.is(Role.REGISTRAR);
		if (!everySchool && !(user.is(Role.DEAN) || user.is(Role.DEANS_OFFICE))) {
			throw new AccessDeniedException("statistics are for analysts, officials and deans");
		}
		Map<String, Map<AppealStatus, Long>> bySchool = new LinkedHashMap<>();
		for (SchoolOptions.Option school : this.schools.all(locale)) {
			if (everySchool || user.servesSchool(school.code())) {
				bySchool.put(school.code(), new LinkedHashMap<>());
			}
		}
		for (StatusCount count : this.appeals.statusCounts()) {
			String code = count.schoolCode() == null ? "" : count.schoolCode();
			if (bySchool.containsKey(code) || everySchool && code.isEmpty()) {
				bySchool.computeIfAbsent(code, key -> new LinkedHashMap<>())
					.merge(count.status(), count.count(), Long::sum);
			}
		}
		List<Row> rows = bySchool.entrySet()
			.stream()
			.map(entry -> new Row(entry.getKey().isEmpty() ? "" : this.schools.name(entry.getKey(), locale),
					entry.getValue(), entry.getValue().values().stream().mapToLong(Long::longValue).sum()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("statuses", AppealStatus.values());
		return "appeal/statistics";
	}

}
