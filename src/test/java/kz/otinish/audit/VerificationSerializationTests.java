package kz.otinish.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's "Verify now" hands its outcome to the next page in the session, which the
 * postgres profile keeps in the database with Java serialization.
 */
class VerificationSerializationTests {

	@Test
	@DisplayName("A verification's outcome, broken link included, serializes and reads back equal")
	void theOutcomeSerializes() throws Exception {
		AuditChain.Verification outcome = new AuditChain.Verification(3, 1,
				new AuditChain.BrokenLink(2, 7, UUID.randomUUID(), Instant.parse("2026-12-04T10:15:30Z"), "APPEAL",
						UUID.randomUUID(), "REGISTER", AuditChain.BrokenLink.Reason.ENTRY_CHANGED));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(outcome);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			assertThat(in.readObject()).isEqualTo(outcome);
		}
	}

}
