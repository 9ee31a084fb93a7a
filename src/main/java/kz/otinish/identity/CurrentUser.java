package kz.otinish.identity;

import java.io.Serializable;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as the other modules see them: id, name, role and scope. Obtain it
 * with {@link Accounts#current()} or as a controller argument. Serializable: it is part
 * of the signed-in session, which the postgres profile keeps in the database.
 */
public record CurrentUser(UUID id, String username, String fullName, Role role, @Nullable String schoolCode,
		@Nullable String email, @Nullable String phone) implements Serializable {

	public boolean is(Role other) {
		return this.role == other;
	}

	/** The school this account serves, if its role is scoped to one. */
	public boolean servesSchool(@Nullable String school) {
		return this.schoolCode != null && this.schoolCode.equals(school);
	}

}
