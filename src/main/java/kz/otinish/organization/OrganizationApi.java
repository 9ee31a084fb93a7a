package kz.otinish.organization;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organization for API clients: schools with names in the language of
 * {@code Accept-Language}.
 */
@RestController
@RequestMapping("/api/v1/organization")
@Tag(name = "Organization", description = "The university's schools and faculties (sop.md REV-1)")
class OrganizationApi {

	private final Organization organization;

	OrganizationApi(Organization organization) {
		this.organization = organization;
	}

	@GetMapping("/schools")
	@Operation(summary = "Schools and faculties",
			description = "Every school with its code, its name in the language of Accept-Language (kk by default, "
					+ "ru, en), its e-mail address for appeals and its collegial bodies. Any signed-in user.")
	List<SchoolJson> schools() {
		Locale locale = LocaleContextHolder.getLocale();
		return this.organization.schools()
			.stream()
			.map(school -> new SchoolJson(school.code(), school.name(locale), school.email(),
					this.organization.bodiesOf(school.code())
						.stream()
						.map(body -> new BodyJson(body.code(), body.type(), body.name(locale), body.email()))
						.toList()))
			.toList();
	}

	@Schema(description = "A school or faculty")
	record SchoolJson(@Schema(description = "Stable code, e.g. GM1", example = "GM1") String code,
			@Schema(description = "Name in the requested language") String name,
			@Schema(description = "Address for appeals by e-mail (INT-2)") String email,
			@Schema(description = "Dean's office council, QAC and EPC") List<BodyJson> bodies) {
	}

	@Schema(description = "A collegial body of a school")
	record BodyJson(@Schema(example = "GM1-QAC") String code, BodyType type, String name, @Nullable String email) {
	}

}
