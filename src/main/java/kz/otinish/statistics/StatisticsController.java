package kz.otinish.statistics;

import java.util.Locale;

import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.TableExport;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * STAT-1: the dashboard of a period and school, the list behind each of its figures, and
 * both as CSV and XLSX; within the reader's scope, counts and non-personal particulars
 * only.
 */
@Controller
class StatisticsController {

	private final Dashboard dashboard;

	private final DrillDown drillDown;

	private final StatisticsExport export;

	StatisticsController(Dashboard dashboard, DrillDown drillDown, StatisticsExport export) {
		this.dashboard = dashboard;
		this.drillDown = drillDown;
		this.export = export;
	}

	@GetMapping("/statistics")
	String showDashboard(@ModelAttribute("params") FigureParams params, CurrentUser user, Locale locale, Model model) {
		DashboardView view = this.dashboard.build(params, user, locale);
		model.addAttribute("view", view);
		model.addAttribute("presets", this.dashboard.presets(view.school(), "/statistics"));
		boolean oneSchool = view.school() != null && !kz.otinish.appeal.AppealFilter.NO_SCHOOL.equals(view.school());
		model.addAttribute("councilHref",
				oneSchool ? FigureParams.of(view.period(), view.school()).href("/statistics/council") : null);
		model.addAttribute("accreditationHref", view.schools().size() > 1
				? FigureParams.of(view.period(), null).href("/statistics/accreditation") : null);
		model.addAttribute("exportCsv", FigureParams.of(view.period(), view.school()).href("/statistics.csv"));
		model.addAttribute("exportXlsx", FigureParams.of(view.period(), view.school()).href("/statistics.xlsx"));
		return "statistics/statistics";
	}

	@GetMapping("/statistics.csv")
	ResponseEntity<byte[]> dashboardCsv(@ModelAttribute FigureParams params, CurrentUser user, Locale locale) {
		return this.export.dashboard(this.dashboard.build(params, user, locale), locale)
			.download(TableExport.Format.CSV);
	}

	@GetMapping("/statistics.xlsx")
	ResponseEntity<byte[]> dashboardXlsx(@ModelAttribute FigureParams params, CurrentUser user, Locale locale) {
		return this.export.dashboard(this.dashboard.build(params, user, locale), locale)
			.download(TableExport.Format.XLSX);
	}

	@GetMapping("/statistics/appeals")
	String showAppeals(@ModelAttribute("params") FigureParams params, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Locale locale, Model model) {
		model.addAttribute("view", this.drillDown.page(params, page, user, locale));
		return "statistics/appeals";
	}

	@GetMapping("/statistics/appeals.csv")
	ResponseEntity<byte[]> appealsCsv(@ModelAttribute FigureParams params, CurrentUser user, Locale locale) {
		return this.export.appeals(this.drillDown.all(params, user, locale), locale).download(TableExport.Format.CSV);
	}

	@GetMapping("/statistics/appeals.xlsx")
	ResponseEntity<byte[]> appealsXlsx(@ModelAttribute FigureParams params, CurrentUser user, Locale locale) {
		return this.export.appeals(this.drillDown.all(params, user, locale), locale).download(TableExport.Format.XLSX);
	}

}
