package kz.otinish.clock;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** DL-2 over HTTP: an appeal's extensions, and extending it. */
@RestController
@RequestMapping("/api/v1/appeals/{id}/extensions")
@Tag(name = "Extensions (DL-2)", description = "Extend an appeal's review period, never past 30 working days")
class ExtensionApi {

	private final AppealManagement appeals;

	private final AppealExtensions extensions;

	ExtensionApi(AppealManagement appeals, AppealExtensions extensions) {
		this.appeals = appeals;
		this.extensions = extensions;
	}

	@GetMapping
	@Operation(summary = "The appeal's due date, the DL-2 cap and its extensions, oldest first",
			description = "404 when the appeal does not exist or is outside the caller's scope.")
	Extensions list(CurrentUser user, @PathVariable UUID id) {
		Appeal appeal = this.appeals.get(id, user);
		AppealExtensions.ExtensionOptions options = this.extensions.options(appeal, user);
		return new Extensions(options.dueOn(), options.cap(), options.allowed(), this.extensions.extensions(id, user));
	}

	@PostMapping
	@Operation(
			summary = "Extend the review period to a later working day (the dean, a higher official or the "
					+ "dean's office)",
			description = "409 problem when the day is past the DL-2 cap, not later than the current due date, or "
					+ "the appeal is not open; 400 when a field is missing. The applicant is notified at once.")
	ResponseEntity<ExtensionView> extend(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ExtensionForm request) {
		ExtensionView extension = this.extensions.extend(id, request.until(), request.reason(), user);
		return ResponseEntity.created(URI.create("/api/v1/appeals/" + id + "/extensions#" + extension.id()))
			.body(extension);
	}

	/**
	 * The appeal's current due date, the cap, whether the caller may extend, the history.
	 */
	record Extensions(@Nullable LocalDate dueOn, @Nullable LocalDate cap, boolean canExtend,
			List<ExtensionView> extensions) {
	}

}
