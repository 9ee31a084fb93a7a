package kz.otinish.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration module's façade.
 * <p>
 * TODO(registration): journals as configuration, gapless numbers, journal entries.
 */
@Service
public class Journals {

	private final Clock clock;

	private final AtomicLong stub = new AtomicLong();

	Journals(Clock clock) {
		this.clock = clock;
	}

	/** The journal an appeal to this school's dean (or, with {@code null}, to the rector) goes to. */
	public String journalFor(@Nullable String schoolCode) {
		return schoolCode == null ? "KB" : schoolCode;
	}

	/**
	 * Registers an appeal in a journal and returns its number. Joins the caller's transaction:
	 * if the caller rolls back, the number is released and given to the next registration.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public RegistrationNumber register(String journalCode, RegistrationRequest request) {
		int year = LocalDate.now(this.clock).getYear();
		long sequence = this.stub.incrementAndGet();
		return new RegistrationNumber(journalCode, year, sequence, journalCode + "-" + year + "-" + sequence);
	}

}
