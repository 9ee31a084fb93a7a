package kz.otinish.calendar;

/** The deadlines of sop.md, each with the rule it comes from. */
public enum DeadlineKind {

	/** DL-1: consideration within 15 working days, the day of receipt not counted. */
	REVIEW("DL-1"),
	/** DL-2: the longest an extension may reach, 30 working days. */
	EXTENSION_CAP("DL-2"),
	/** DL-3: return of an application without substance within 3 working days. */
	RETURN("DL-3"),
	/** DL-4: a complaint against a decision within 3 months of learning of it. */
	COMPLAINT_WINDOW("DL-4");

	private final String ruleId;

	DeadlineKind(String ruleId) {
		this.ruleId = ruleId;
	}

	public String ruleId() {
		return this.ruleId;
	}

}
