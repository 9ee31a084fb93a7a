package kz.otinish.answer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery rules per recipient as one table (RES-1..RES-3). */
class RecipientKindTests {

	@Test
	@DisplayName("RES-1: a student's answer in person or by post; no phone call, no e-mail")
	void student() {
		assertThat(RecipientKind.STUDENT.methods()).containsExactlyInAnyOrder(DeliveryMethod.IN_PERSON,
				DeliveryMethod.POST);
		assertThat(RecipientKind.STUDENT.needsPhoneCall()).isFalse();
		assertThat(RecipientKind.STUDENT.sendsEmail()).isFalse();
		assertThat(RecipientKind.STUDENT.ruleId()).isEqualTo("RES-1");
	}

	@Test
	@DisplayName("RES-2: a representative's answer by post or in person, with the phone call announcing the date")
	void representative() {
		assertThat(RecipientKind.REPRESENTATIVE.methods()).containsExactlyInAnyOrder(DeliveryMethod.POST,
				DeliveryMethod.IN_PERSON);
		assertThat(RecipientKind.REPRESENTATIVE.needsPhoneCall()).isTrue();
		assertThat(RecipientKind.REPRESENTATIVE.sendsEmail()).isFalse();
	}

	@Test
	@DisplayName("RES-3: a staff member's answer in person only, and always to the corporate e-mail; post is not allowed")
	void staff() {
		assertThat(RecipientKind.STAFF.methods()).containsExactly(DeliveryMethod.IN_PERSON);
		assertThat(RecipientKind.STAFF.allows(DeliveryMethod.POST)).isFalse();
		assertThat(RecipientKind.STAFF.sendsEmail()).isTrue();
		assertThat(RecipientKind.STAFF.needsPhoneCall()).isFalse();
	}

}
