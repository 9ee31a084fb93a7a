package kz.otinish.review;

import java.util.List;
import java.util.Map;

import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.organization.BodyType;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The review module's configuration: which body triage suggests for each category
 * (REV-2..REV-5), and which members an extended commission must have by applicant type
 * (REV-6).
 *
 * @param suggestedBody the body type suggested per category
 * @param defaultBody the body suggested when the category has none, or when the
 * suggestion is the Ethics Council and the applicant is not staff (REV-5)
 * @param mandatoryMembers the commission's mandatory member kinds per applicant type
 */
@ConfigurationProperties("otinish.review")
public record ReviewSettings(Map<Category, BodyType> suggestedBody, BodyType defaultBody,
		Map<ApplicantType, List<MemberKind>> mandatoryMembers) {

	public ReviewSettings {
		suggestedBody = suggestedBody == null ? Map.of() : Map.copyOf(suggestedBody);
		defaultBody = defaultBody == null ? BodyType.DEANS_OFFICE_COUNCIL : defaultBody;
		mandatoryMembers = mandatoryMembers == null ? Map.of() : Map.copyOf(mandatoryMembers);
	}

	/** REV-2..REV-5: the body type triage suggests. */
	public BodyType suggest(Category category, ApplicantType applicantType) {
		BodyType suggested = this.suggestedBody.getOrDefault(category, this.defaultBody);
		if (suggested == BodyType.ETHICS_COUNCIL && applicantType != ApplicantType.STAFF) {
			return this.defaultBody;
		}
		return suggested;
	}

	/** REV-6: the kinds of member a commission must have for this applicant type. */
	public List<MemberKind> mandatory(ApplicantType applicantType) {
		return this.mandatoryMembers.getOrDefault(applicantType, List.of());
	}

}
