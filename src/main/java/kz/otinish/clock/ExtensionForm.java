package kz.otinish.clock;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * DL-2: the new due date and the reason, as typed on the extension page or sent to the
 * API.
 */
record ExtensionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
		@NotBlank @Size(max = 1000) @Nullable String reason) {

	// getters let Thymeleaf's th:field read the record
	public @Nullable LocalDate getUntil() {
		return this.until;
	}

	public @Nullable String getReason() {
		return this.reason;
	}

}
