package kz.otinish.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.TrackingLinks;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.StateBodyForwarding;
import kz.otinish.organization.OfficialView;
import kz.otinish.organization.Organization;
import kz.otinish.organization.UniversityView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The data a document is made from, as plain maps of strings: the template prints them
 * and the same map is stored as the JSON snapshot of an issued document. Dates are
 * already formatted in Asia/Almaty; nothing here depends on when the document is
 * rendered.
 */
@Component
class DocumentData {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final Organization organization;

	private final Clock clock;

	private final TrackingLinks trackingLinks;

	DocumentData(Organization organization, Clock clock, TrackingLinks trackingLinks) {
		this.organization = organization;
		this.clock = clock;
		this.trackingLinks = trackingLinks;
	}

	/** The public tracking address, as the receipt page prints it. */
	String trackingUrl(Appeal appeal) {
		return this.trackingLinks.url(appeal);
	}

	Map<String, Object> university(Locale locale) {
		UniversityView university = this.organization.university();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("name", university.name(locale));
		data.put("address", university.address(locale));
		data.put("email", university.email());
		return data;
	}

	/** Everything an appeal's documents print, in the given language. */
	Map<String, Object> of(Appeal appeal, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("appealId", appeal.id().toString());
		data.put("language", appeal.language().name());
		data.put("university", university(locale));
		data.put("kind", appeal.kind().name());
		data.put("status", appeal.status().name());
		data.put("channel", appeal.channel().name());
		data.put("addressee", appeal.addressee().name());
		data.put("schoolCode", appeal.schoolCode());
		data.put("schoolName", (appeal.schoolCode() != null)
				? this.organization.school(appeal.schoolCode()).map(school -> school.name(locale)).orElse(null) : null);
		OfficialView head = head(appeal);
		data.put("headName", (head != null) ? head.fullName() : null);
		data.put("headPosition", (head != null) ? head.position().name() : null);
		data.put("anonymous", appeal.anonymous());
		Applicant applicant = appeal.applicant();
		data.put("applicantType", applicant.type().name());
		data.put("fullName", applicant.fullName());
		data.put("levelOfStudy", name(applicant.levelOfStudy()));
		data.put("speciality", applicant.speciality());
		data.put("yearOfStudy", (applicant.yearOfStudy() != null) ? applicant.yearOfStudy().toString() : null);
		data.put("studyLanguage", name(applicant.studyLanguage()));
		data.put("funding", name(applicant.funding()));
		data.put("studyForm", name(applicant.studyForm()));
		data.put("workplacePosition", applicant.workplacePosition());
		data.put("address", applicant.address());
		data.put("phone", applicant.phone());
		data.put("email", applicant.email());
		data.put("subject", appeal.subject());
		data.put("text", appeal.text());
		List<Map<String, Object>> group = new ArrayList<>();
		appeal.coApplicants().forEach(member -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("fullName", member.fullName());
			row.put("contact", member.contact());
			group.add(row);
		});
		data.put("coApplicants", group);
		data.put("representative", appeal.representative().map(representative -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("fullName", representative.fullName());
			row.put("reason", representative.reason().name());
			row.put("basisDocument", representative.basisDocument());
			return row;
		}).orElse(null));
		data.put("receivedAt", time(appeal.receivedAt()));
		data.put("receivedOn", day(appeal.receivedAt()));
		data.put("identityDocument",
				appeal.identityDocument()
					.map(document -> document.type().name() + " " + document.maskedNumber())
					.orElse(null));
		appeal.registration().ifPresent(registration -> {
			data.put("number", registration.number());
			data.put("registeredAt", time(registration.registeredAt()));
			data.put("registeredOn", day(registration.registeredAt()));
			data.put("registeredBy", registration.registeredBy());
		});
		data.put("dueOn", appeal.dueOn().map(DAY::format).orElse(null));
		data.put("trackingCode", appeal.trackingCode());
		data.put("trackingUrl", trackingUrl(appeal));
		data.put("statusNote", appeal.statusNote());
		data.put("statusChangedOn", day(appeal.statusChangedAt()));
		appeal.forwarding().ifPresent(forwarding -> data.put("forwarding", forwarding(forwarding)));
		return data;
	}

	private Map<String, Object> forwarding(StateBodyForwarding forwarding) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("stateBody", forwarding.stateBody());
		row.put("sentOn", day(forwarding.sentAt()));
		row.put("outgoingNumber", forwarding.outgoingNumber());
		row.put("coveringLetter", forwarding.coveringLetter());
		return row;
	}

	/**
	 * The signatory the organization names for an appeal (name and position code, printed
	 * with {@code organization.position.*}), for letters whose data does not name one.
	 */
	Map<String, Object> head(Appeal appeal, Locale locale) {
		OfficialView head = head(appeal);
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", (head != null) ? head.fullName() : null);
		row.put("position", (head != null) ? head.position().name() : null);
		return row;
	}

	/**
	 * Who signs for the university: the school's dean, or the rector when the appeal is
	 * to the rector.
	 */
	private @Nullable OfficialView head(Appeal appeal) {
		if (appeal.schoolCode() != null && appeal.addressee() != kz.otinish.appeal.Addressee.RECTOR) {
			var dean = this.organization.dean(appeal.schoolCode());
			if (dean.isPresent()) {
				return dean.get();
			}
		}
		return this.organization.rector().orElse(null);
	}

	String day(Instant instant) {
		return DAY.format(instant.atZone(this.clock.getZone()));
	}

	String day(LocalDate day) {
		return DAY.format(day);
	}

	String time(Instant instant) {
		return TIME.format(instant.atZone(this.clock.getZone()));
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
