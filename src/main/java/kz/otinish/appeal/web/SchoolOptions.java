package kz.otinish.appeal.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** The schools an appeal can concern, for selects. */
@Component
class SchoolOptions {

	record Option(String code, String name) {
	}

	// TODO(merge): read from the organization module.
	List<Option> all(Locale locale) {
		return List.of("GM1", "GM2", "DENT", "PH", "PHARM", "PED", "KKT", "IR", "MD")
			.stream()
			.map(code -> new Option(code, code))
			.toList();
	}

}
