package kz.otinish.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command that verifies the audit trail and exits: {@code java -jar otinish.jar
 * --otinish.audit.verify-and-exit=true} (with the production profile and database). It
 * prints the outcome and exits with 0 when the chain is intact, 3 when it is broken.
 */
@Component
@ConditionalOnBooleanProperty("otinish.audit.verify-and-exit")
class AuditChainCommand implements ApplicationRunner {

	static final int BROKEN = 3;

	private final AuditChain chain;

	private final ConfigurableApplicationContext context;

	AuditChainCommand(AuditChain chain, ConfigurableApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditChain.Verification verification = this.chain.verify();
		System.out.println(describe(verification));
		int code = verification.intact() ? 0 : BROKEN;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	static String describe(AuditChain.Verification verification) {
		AuditChain.BrokenLink broken = verification.firstBroken();
		if (broken == null) {
			return "Audit trail intact: " + verification.checked() + " sealed entries verified, "
					+ verification.unsealed() + " waiting for their seal.";
		}
		return "Audit trail BROKEN at seal " + broken.position() + " (entry seq " + broken.entrySeq()
				+ (broken.entryId() == null ? "" : ", id " + broken.entryId())
				+ (broken.at() == null ? ""
						: ", " + broken.at() + ", " + broken.subjectType() + " " + broken.subjectId() + " "
								+ broken.action())
				+ "): " + broken.reason() + "; " + verification.checked() + " seals before it are intact.";
	}

}
