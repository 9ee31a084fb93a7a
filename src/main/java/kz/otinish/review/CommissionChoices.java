package kz.otinish.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.otinish.appeal.Appeal;
import kz.otinish.organization.BodyType;
import kz.otinish.organization.BodyView;
import kz.otinish.organization.MemberRole;
import kz.otinish.organization.MemberView;
import kz.otinish.organization.Organization;
import kz.otinish.organization.UnitKind;
import kz.otinish.organization.UnitView;

import org.springframework.stereotype.Component;

/**
 * REV-6: the names the commission form offers, from the organization data: the units'
 * contacts and the bodies' chairs to start with, and the lists each member field offers.
 */
@Component
class CommissionChoices {

	private final Organization organization;

	private final ReviewSettings settings;

	CommissionChoices(Organization organization, ReviewSettings settings) {
		this.organization = organization;
		this.settings = settings;
	}

	/** REV-6: the kinds of member this appeal's commission must have. */
	List<MemberKind> mandatoryKinds(Appeal appeal) {
		return this.settings.mandatory(appeal.applicant().type());
	}

	Map<MemberKind, String> suggestedMembers(Appeal appeal) {
		Map<MemberKind, String> suggested = new LinkedHashMap<>();
		for (MemberKind kind : mandatoryKinds(appeal)) {
			suggested.put(kind, switch (kind) {
				case YOUTH_POLICY -> unitContact(UnitKind.YOUTH_POLICY);
				case STUDENT_DEANS_OFFICE -> unitContact(UnitKind.STUDENT_DEANS_OFFICE);
				case TRADE_UNION -> unitContact(UnitKind.TRADE_UNION);
				case LEGAL -> unitContact(UnitKind.LEGAL);
				case EPC -> chairOf(appeal, BodyType.EPC);
				case QAC -> chairOf(appeal, BodyType.QAC);
				case ETHICS_COUNCIL -> chairOf(appeal, BodyType.ETHICS_COUNCIL);
				case CHAIR, OTHER -> "";
			});
		}
		return suggested;
	}

	Map<MemberKind, List<String>> memberChoices(Appeal appeal) {
		Map<MemberKind, List<String>> choices = new EnumMap<>(MemberKind.class);
		for (MemberKind kind : MemberKind.values()) {
			choices.put(kind, switch (kind) {
				case YOUTH_POLICY -> unitContacts(UnitKind.YOUTH_POLICY);
				case STUDENT_DEANS_OFFICE -> unitContacts(UnitKind.STUDENT_DEANS_OFFICE);
				case TRADE_UNION -> unitContacts(UnitKind.TRADE_UNION);
				case LEGAL -> unitContacts(UnitKind.LEGAL);
				case EPC -> bodyMembers(appeal, BodyType.EPC);
				case QAC -> bodyMembers(appeal, BodyType.QAC);
				case ETHICS_COUNCIL -> bodyMembers(appeal, BodyType.ETHICS_COUNCIL);
				case CHAIR, OTHER -> List.of();
			});
		}
		Set<String> everyone = new LinkedHashSet<>();
		this.organization.units()
			.stream()
			.map(UnitView::contactFullName)
			.filter(name -> name != null && !name.isBlank())
			.forEach(everyone::add);
		List<BodyView> bodies = new ArrayList<>(
				appeal.schoolCode() == null ? List.of() : this.organization.bodiesOf(appeal.schoolCode()));
		bodies.add(this.organization.ethicsCouncil());
		bodies.forEach(body -> this.organization.membersOf(body).forEach(member -> everyone.add(member.fullName())));
		choices.put(MemberKind.OTHER, List.copyOf(everyone));
		return choices;
	}

	private List<String> unitContacts(UnitKind kind) {
		return this.organization.units()
			.stream()
			.filter(unit -> unit.kind() == kind)
			.map(UnitView::contactFullName)
			.filter(name -> name != null && !name.isBlank())
			.distinct()
			.toList();
	}

	private Optional<BodyView> body(Appeal appeal, BodyType type) {
		return type == BodyType.ETHICS_COUNCIL ? Optional.of(this.organization.ethicsCouncil())
				: appeal.schoolCode() == null ? Optional.empty() : this.organization.body(appeal.schoolCode(), type);
	}

	private List<String> bodyMembers(Appeal appeal, BodyType type) {
		return body(appeal, type)
			.map(found -> this.organization.membersOf(found).stream().map(MemberView::fullName).distinct().toList())
			.orElse(List.of());
	}

	private String unitContact(UnitKind kind) {
		return this.organization.unit(kind).map(UnitView::contactFullName).orElse("");
	}

	private String chairOf(Appeal appeal, BodyType type) {
		return body(appeal, type)
			.flatMap(found -> this.organization.membersOf(found)
				.stream()
				.filter(member -> member.role() == MemberRole.CHAIR)
				.findFirst())
			.map(MemberView::fullName)
			.orElse("");
	}

}
