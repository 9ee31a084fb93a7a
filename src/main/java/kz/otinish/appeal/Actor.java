package kz.otinish.appeal;

import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * Who changes an appeal: a signed-in person, whose scope the {@link AppealAccessPolicy}
 * checks, or a named part of the system (demo data, scheduled jobs, listeners acting on a
 * fact another module has already checked).
 */
public sealed interface Actor {

	/** The name written into the journal and the audit trail. */
	String name();

	/** The signed-in person's account, {@code null} for the system. */
	default @Nullable String account() {
		return this instanceof Person person ? person.user().username() : null;
	}

	static Actor person(CurrentUser user) {
		return new Person(user);
	}

	static Actor system(String name) {
		return new SystemActor(name);
	}

	/** A signed-in person. */
	record Person(CurrentUser user) implements Actor {

		@Override
		public String name() {
			return this.user.fullName();
		}

	}

	/** A part of the system acting on its own behalf. */
	record SystemActor(String name) implements Actor {

		public SystemActor {
			if (name.isBlank()) {
				throw new IllegalArgumentException("A system actor needs a name");
			}
		}

	}

}
