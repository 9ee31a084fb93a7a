package kz.otinish.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * REV-1: where the dean sent the appeal, the collegial body whose members and secretary
 * see it ({@link AppealAccessPolicy}) and the executor who prepares the draft answer.
 * Absent until the appeal is routed; replaced as a whole when the dean reassigns it.
 */
@Embeddable
class Routing {

	@Column(name = "routed_body")
	private String body;

	@Column(name = "executor_account")
	private String executorAccount;

	@Column(name = "executor_name")
	private String executorName;

	protected Routing() {
	}

	Routing(String body, String executorAccount, String executorName) {
		this.body = body;
		this.executorAccount = executorAccount;
		this.executorName = executorName;
	}

	String body() {
		return this.body;
	}

	String executorAccount() {
		return this.executorAccount;
	}

	String executorName() {
		return this.executorName;
	}

	boolean sameAs(String body, String executorAccount) {
		return this.body.equals(body) && this.executorAccount.equals(executorAccount);
	}

}
