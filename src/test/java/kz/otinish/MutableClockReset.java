package kz.otinish;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/** Puts the {@link MutableClock} back on the system time after each test. */
public class MutableClockReset implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
		}
	}

}
