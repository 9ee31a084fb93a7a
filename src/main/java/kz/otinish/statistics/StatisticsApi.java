package kz.otinish.statistics;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.otinish.identity.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** STAT-1 over the API: the dashboard's figures and the list behind each. */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics", description = "STAT-1: figures of a period and school, each with the list behind it")
class StatisticsApi {

	private final Dashboard dashboard;

	private final DrillDown drillDown;

	private final Reports reports;

	StatisticsApi(Dashboard dashboard, DrillDown drillDown, Reports reports) {
		this.dashboard = dashboard;
		this.drillDown = drillDown;
		this.reports = reports;
	}

	@GetMapping("/council")
	@Operation(summary = "The school council's report of a period",
			description = "One school's figures, top categories, the measures and recommendations of its decisions "
					+ "with their status, and the dean's analysis. A reader of every school names the school.")
	Reports.CouncilReport council(@ModelAttribute FigureParams params, CurrentUser user, Locale locale) {
		return this.reports.council(params, user, locale);
	}

	@GetMapping("/accreditation")
	@Operation(summary = "The accreditation report of a period: the schools side by side",
			description = "Intake by channel, outcomes, the share answered in time, the share of repeated appeals "
					+ "and the share of complaints that changed the decision, per school.")
	Reports.AccreditationReport accreditation(@ModelAttribute FigureParams params, CurrentUser user, Locale locale) {
		return this.reports.accreditation(params, user, locale);
	}

	@GetMapping
	@Operation(summary = "The dashboard: figures, breakdowns and schools side by side",
			description = "Appeals received in the period (from, to: ISO dates, both included; the academic year "
					+ "by default) of one school or every school in the reader's scope. Each figure's href is the "
					+ "list of the appeals it counts. Labels are in the language of Accept-Language.")
	DashboardView dashboard(@ModelAttribute FigureParams params, CurrentUser user, Locale locale) {
		return this.dashboard.build(params, user, locale);
	}

	@GetMapping("/appeals")
	@Operation(summary = "The appeals behind a figure, newest first",
			description = "The same parameters as a figure's href; count equals the figure.")
	DrillDownView appeals(@ModelAttribute FigureParams params, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Locale locale) {
		return this.drillDown.page(params, page, user, locale);
	}

}
