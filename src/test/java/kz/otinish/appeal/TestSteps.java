package kz.otinish.appeal;

import java.time.LocalDate;

/**
 * Commands for tests that set an appeal's history up through the one door, with the
 * system actor that loads history.
 */
public final class TestSteps {

	/** The system actor that sets test history up. */
	public static final Actor.SystemActor SYSTEM = new Actor.SystemActor("Тест");

	private TestSteps() {
	}

	public static Actor.SystemActor registrar(String name) {
		return new Actor.SystemActor(name);
	}

	/** REV-1 routing to a body, with no executor account of its own. */
	public static AppealCommand.Route route(String body) {
		return new AppealCommand.Route(body, "it-no-executor", "—");
	}

	/** A protocol decision with this outcome, protocol 1 of the given day's year. */
	public static AppealCommand.Decide decide(Outcome outcome, LocalDate day) {
		return new AppealCommand.Decide(new AppealDecision(outcome, null, "1/" + day.getYear(), day, null));
	}

	public static AppealCommand.Decide decide(Outcome outcome) {
		return decide(outcome, LocalDate.of(2026, 11, 25));
	}

}
