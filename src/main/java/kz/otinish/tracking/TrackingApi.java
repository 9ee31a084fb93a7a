package kz.otinish.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Registration;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.RateLimiter;
import kz.otinish.shared.RateLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public tracking over the API, without signing in: the registration number and the
 * tracking code (both must match) give the status and the due date. Limited per client
 * address exactly like the page (the {@code tracking} {@link RateLimiter}); over the
 * limit the answer is a 429 problem.
 */
@Tag(name = "Public tracking",
		description = "Status and due date by registration number and tracking code; "
				+ "no sign-in; rate-limited per client address (429 problem+json over the limit)")
@RestController
@RequestMapping("/api/v1/tracking")
class TrackingApi {

	private final AppealManagement appeals;

	private final RateLimiter limiter;

	private final MessageSource messages;

	TrackingApi(AppealManagement appeals, RateLimits limits, MessageSource messages) {
		this.appeals = appeals;
		this.limiter = limits.limiter("tracking");
		this.messages = messages;
	}

	@Schema(description = "Both from the receipt. Sent in the body so that the code never lands in access logs.")
	record TrackingRequest(@Schema(example = "KB-2026-15") @NotBlank @Size(max = 60) String number,
			@Schema(example = "7K2M9QX4T8B3N6PD") @NotBlank @Size(max = 60) String code) {
	}

	record TrackingResponse(String registrationNumber, AppealStatus status,
			@Schema(description = "What the status means, in the language of Accept-Language") String explanation,
			@Nullable LocalDate dueOn, Instant registeredAt, Instant statusChangedAt) {
	}

	@Operation(summary = "The status and the due date of an appeal, by number and tracking code",
			description = "404 when the pair does not match (saying nothing about which part is wrong); 429 after "
					+ "otinish.rate-limit.tracking.max-attempts look-ups from one address within "
					+ "otinish.rate-limit.tracking.window.")
	@PostMapping
	TrackingResponse track(@Valid @RequestBody TrackingRequest request, HttpServletRequest http, Locale locale) {
		RateLimiter.Attempt attempt = this.limiter.tryAcquire(http.getRemoteAddr());
		if (attempt.refused()) {
			long minutes = attempt.retryAfterMinutes();
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					this.messages.getMessage("appeal.track.tooMany", new Object[] { minutes }, locale));
			problem.setType(java.net.URI.create("https://otinish.kz/problems/too-many-requests"));
			problem.setProperty("retryAfterMinutes", minutes);
			ErrorResponseException tooMany = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
			tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(attempt.retryAfterSeconds()));
			throw tooMany;
		}
		String number = request.number().strip();
		Appeal appeal = this.appeals.byTrackingCode(request.code().strip().toUpperCase(Locale.ROOT))
			.filter(found -> found.registration()
				.map(Registration::number)
				.map(registered -> registered.equalsIgnoreCase(number))
				.orElse(false))
			.orElseThrow(() -> new NotFound("appeal.track.notFound"));
		Registration registration = appeal.registration().orElseThrow();
		return new TrackingResponse(registration.number(), appeal.status(),
				this.messages.getMessage("appeal.track.explain." + appeal.status().name(), null, locale),
				appeal.dueOn().orElse(null), registration.registeredAt(), appeal.statusChangedAt());
	}

}
