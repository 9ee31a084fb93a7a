package kz.otinish.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the postgres profile, sessions are written to the database (Spring Session JDBC)
 * with Java serialization: the signed-in person must survive the round trip, or no node
 * could read the session another node wrote.
 */
class SessionSerializationTests {

	@Test
	@DisplayName("The signed-in person, as the session keeps them, serializes and reads back equal")
	void theSignedInPersonSerializes() throws Exception {
		CurrentUser user = new CurrentUser(UUID.randomUUID(), "dean", "Оспанова Шолпан", Role.DEAN, "GM1",
				"dean@university.example", null);
		SignedInUser principal = new SignedInUser(user, "{bcrypt}hash", true);
		SecurityContextImpl context = new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated(principal, null, List
				.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(Role.DEAN.authority()))));

		SecurityContextImpl read = roundTrip(context);

		assertThat(read.getAuthentication().getPrincipal()).isEqualTo(principal);
		assertThat(roundTrip(new ImportOutcome(1, 2, 3, 4, 5))).isEqualTo(new ImportOutcome(1, 2, 3, 4, 5));
	}

	@SuppressWarnings("unchecked")
	static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return (T) in.readObject();
		}
	}

}
