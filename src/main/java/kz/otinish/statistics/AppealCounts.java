package kz.otinish.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.StatusCount;
import kz.otinish.organization.Organization;

import org.springframework.stereotype.Service;

/**
 * STAT-1, a first cut: appeals per school and status within a reader's scope, schools
 * named in the reader's language. Reads counts only, never contents.
 */
@Service
class AppealCounts {

	private final AppealManagement appeals;

	private final Organization organization;

	private final kz.otinish.appeal.AppealLists lists;

	AppealCounts(AppealManagement appeals, Organization organization, kz.otinish.appeal.AppealLists lists) {
		this.lists = lists;
		this.appeals = appeals;
		this.organization = organization;
	}

	StatisticsView bySchoolAndStatus(StatisticsPolicy.Scope scope, Locale locale) {
		Map<String, Map<AppealStatus, Long>> bySchool = new LinkedHashMap<>();
		this.organization.schools()
			.stream()
			.filter(school -> scope.covers(school.code()))
			.forEach(school -> bySchool.put(school.code(), new LinkedHashMap<>()));
		for (StatusCount count : this.lists.statusCounts()) {
			String code = count.schoolCode() == null ? "" : count.schoolCode();
			if (bySchool.containsKey(code) || scope.everySchool() && code.isEmpty()) {
				bySchool.computeIfAbsent(code, key -> new LinkedHashMap<>())
					.merge(count.status(), count.count(), Long::sum);
			}
		}
		List<StatisticsView.Row> rows = bySchool.entrySet()
			.stream()
			.map(entry -> new StatisticsView.Row(entry.getKey().isEmpty() ? "" : schoolName(entry.getKey(), locale),
					entry.getValue(), entry.getValue().values().stream().mapToLong(Long::longValue).sum()))
			.toList();
		return new StatisticsView(rows, List.of(AppealStatus.values()));
	}

	private String schoolName(String code, Locale locale) {
		return this.organization.school(code).map(school -> school.name(locale)).orElse(code);
	}

}
