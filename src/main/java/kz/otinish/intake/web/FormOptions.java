package kz.otinish.intake.web;

import java.util.Locale;

import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Funding;
import kz.otinish.appeal.IdentityDocument;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.RepresentationReason;
import kz.otinish.appeal.StudyForm;
import kz.otinish.appeal.StudyLanguage;
import kz.otinish.shared.Language;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the appeal forms offer (portal and desk), with the schools in the reader's
 * language.
 */
@Component
class FormOptions {

	private final SchoolOptions schools;

	FormOptions(SchoolOptions schools) {
		this.schools = schools;
	}

	void addTo(Model model, Locale locale) {
		model.addAttribute("kinds", AppealKind.values());
		model.addAttribute("addressees", Addressee.values());
		model.addAttribute("categories", Category.values());
		model.addAttribute("levels", LevelOfStudy.values());
		model.addAttribute("studyLanguages", StudyLanguage.values());
		model.addAttribute("fundings", Funding.values());
		model.addAttribute("studyForms", StudyForm.values());
		model.addAttribute("languages", Language.values());
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("representationReasons", RepresentationReason.values());
		model.addAttribute("documentTypes", IdentityDocument.Type.values());
		model.addAttribute("schools", this.schools.all(locale));
	}

}
