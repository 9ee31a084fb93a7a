package kz.otinish.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.otinish.documents.CommissionOrder.MandatoryRole;
import kz.otinish.documents.CommissionOrder.Member;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuppliedDataTests {

	@Test
	@DisplayName("REV-6: a supplied record becomes the printed map: dates dd.MM.yyyy, enums by name, nested records as maps, nulls kept")
	void recordToMap() {
		CommissionOrder order = new CommissionOrder(Language.KK, "ҚБ-42", LocalDate.of(2026, 11, 25),
				"Медицина мектебі", "GM1-2026-7", "Емтихан", new Signatory("Ғалия Үсенова", "Декан"),
				List.of(new Member("Бақыт Үмбетов", "Заңгер", "Заң бөлімі", MandatoryRole.LAWYER),
						new Member("Ерік Ғалиев", "Доцент", "Кафедра", null)),
				LocalDate.of(2026, 12, 5));
		Map<String, Object> map = SuppliedData.of(order);
		assertThat(map).containsEntry("language", "KK")
			.containsEntry("date", "25.11.2026")
			.containsEntry("deadline", "05.12.2026")
			.containsEntry("chair", Map.of("name", "Ғалия Үсенова", "position", "Декан"));
		assertThat(map.get("members")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.hasSize(2)
			.first()
			.isEqualTo(Map.of("name", "Бақыт Үмбетов", "position", "Заңгер", "unit", "Заң бөлімі", "role", "LAWYER"));
		assertThat((List<?>) map.get("members")).last()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("role", null);
	}

	@Test
	@DisplayName("Supplied document kinds are the four other modules issue; the others are made from the appeal")
	void suppliedKinds() {
		assertThat(java.util.Arrays.stream(DocumentKind.values()).filter(DocumentKind::supplied)).containsExactly(
				DocumentKind.EXTENSION_NOTICE, DocumentKind.ANSWER, DocumentKind.PROTOCOL,
				DocumentKind.COMMISSION_ORDER);
	}

}
