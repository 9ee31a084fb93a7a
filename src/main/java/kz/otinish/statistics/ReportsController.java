package kz.otinish.statistics;

import java.util.Locale;

import kz.otinish.documents.ReportDocuments;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.TableExport;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * STAT-1 reports: the school council's report with the dean's analysis, and the
 * accreditation report; each as a page, a PDF and an XLSX workbook in the reader's
 * language.
 */
@Controller
class ReportsController {

	private final Reports reports;

	private final SchoolAnalyses analyses;

	private final ReportDocuments documents;

	private final StatisticsExport export;

	private final Dashboard dashboard;

	ReportsController(Reports reports, SchoolAnalyses analyses, ReportDocuments documents, StatisticsExport export,
			Dashboard dashboard) {
		this.reports = reports;
		this.analyses = analyses;
		this.documents = documents;
		this.export = export;
		this.dashboard = dashboard;
	}

	@GetMapping("/statistics/council")
	String showCouncil(@ModelAttribute("params") FigureParams params, CurrentUser user, Locale locale, Model model) {
		Reports.CouncilReport report = this.reports.council(params, user, locale);
		model.addAttribute("report", report);
		FigureParams shown = FigureParams.of(report.figures().period(), report.schoolCode());
		model.addAttribute("pdf", shown.href("/statistics/council.pdf"));
		model.addAttribute("xlsx", shown.href("/statistics/council.xlsx"));
		model.addAttribute("presets", this.dashboard.presets(report.schoolCode(), "/statistics/council"));
		return "statistics/council";
	}

	@PostMapping("/statistics/council/analysis")
	String writeAnalysis(@ModelAttribute FigureParams params, @RequestParam String analysis, CurrentUser user,
			Locale locale, RedirectAttributes redirect) {
		Reports.CouncilReport report = this.reports.council(params, user, locale);
		String text = analysis.length() > SchoolAnalyses.MAX_LENGTH ? analysis.substring(0, SchoolAnalyses.MAX_LENGTH)
				: analysis;
		this.analyses.write(report.schoolCode(), report.figures().period(), text, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:"
				+ FigureParams.of(report.figures().period(), report.schoolCode()).href("/statistics/council");
	}

	@GetMapping("/statistics/council.pdf")
	ResponseEntity<byte[]> councilPdf(@ModelAttribute FigureParams params, CurrentUser user, Locale locale) {
		Reports.CouncilReport report = this.reports.council(params, user, locale);
		return pdf("council-" + report.schoolCode(), this.documents.render("council", locale, report));
	}

	@GetMapping("/statistics/council.xlsx")
	ResponseEntity<byte[]> councilXlsx(@ModelAttribute FigureParams params, CurrentUser user, Locale locale) {
		return this.export.council(this.reports.council(params, user, locale), locale)
			.download(TableExport.Format.XLSX);
	}

	@GetMapping("/statistics/accreditation")
	String showAccreditation(@ModelAttribute("params") FigureParams params, CurrentUser user, Locale locale,
			Model model) {
		Reports.AccreditationReport report = this.reports.accreditation(params, user, locale);
		model.addAttribute("report", report);
		FigureParams shown = FigureParams.of(report.period(), null);
		model.addAttribute("pdf", shown.href("/statistics/accreditation.pdf"));
		model.addAttribute("xlsx", shown.href("/statistics/accreditation.xlsx"));
		return "statistics/accreditation";
	}

	@GetMapping("/statistics/accreditation.pdf")
	ResponseEntity<byte[]> accreditationPdf(@ModelAttribute FigureParams params, CurrentUser user, Locale locale) {
		return pdf("accreditation",
				this.documents.render("accreditation", locale, this.reports.accreditation(params, user, locale)));
	}

	@GetMapping("/statistics/accreditation.xlsx")
	ResponseEntity<byte[]> accreditationXlsx(@ModelAttribute FigureParams params, CurrentUser user, Locale locale) {
		return this.export.accreditation(this.reports.accreditation(params, user, locale), locale)
			.download(TableExport.Format.XLSX);
	}

	static ResponseEntity<byte[]> pdf(String name, byte[] content) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(content);
	}

}
