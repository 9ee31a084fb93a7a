package kz.otinish.intake.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.IdentityDocument;
import kz.otinish.appeal.web.AppealResponse;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registrar's desk over the API (records office and dean's offices): find the
 * applicant, register a written application handed in person with the identity document
 * shown (INT-6), and register appeals awaiting registration (INT-1). There is no reject
 * endpoint (INT-5).
 */
@Tag(name = "Registrar's desk",
		description = "Paper applications handed in person (INT-6) and appeals awaiting registration (INT-1). "
				+ "Records office and dean's offices only. Nothing here can refuse an appeal (INT-5).")
@RestController
@RequestMapping("/api/v1/desk")
class DeskApi {

	private final AppealManagement appeals;

	private final AppealAccessPolicy policy;

	private final Accounts accounts;

	private final SchoolOptions schools;

	private final kz.otinish.appeal.AppealLists lists;

	DeskApi(AppealManagement appeals, AppealAccessPolicy policy, Accounts accounts, SchoolOptions schools,
			kz.otinish.appeal.AppealLists lists) {
		this.lists = lists;
		this.appeals = appeals;
		this.policy = policy;
		this.accounts = accounts;
		this.schools = schools;
	}

	/** An applicant's account as the desk's search finds it. */
	record ApplicantAccount(UUID id, String username, String fullName, String role, @Nullable String schoolCode,
			@Nullable String email, @Nullable String phone) {

		static ApplicantAccount of(CurrentUser user) {
			return new ApplicantAccount(user.id(), user.username(), user.fullName(), user.role().name(),
					user.schoolCode(), user.email(), user.phone());
		}

	}

	/** INT-6: a written application handed in at the desk. */
	@Schema(description = "A written application handed in person (INT-6). The identity document number is masked "
			+ "to its last four characters before anything is stored.")
	record PaperRequest(@Valid @NotNull AppealRequest appeal,
			@Schema(description = "The applicant's account, when found with GET /api/v1/desk/applicants; "
					+ "the appeal is then listed under their appeals") @Size(
							max = 100) @Nullable String applicantUsername,
			@NotNull IdentityDocument.Type documentType, @NotBlank @Size(max = 30) String documentNumber,
			@Schema(description = "When the paper was handed in (ISO 8601 with offset)") @NotNull @PastOrPresent OffsetDateTime receivedAt) {
	}

	@Operation(summary = "Find applicants (students, staff, representatives) by name, username or e-mail",
			description = "At least two characters; at most 20 results.")
	@GetMapping("/applicants")
	List<ApplicantAccount> findApplicants(CurrentUser user, @RequestParam String q) {
		requireDesk(user);
		return this.accounts.findApplicants(q, 20, user).stream().map(ApplicantAccount::of).toList();
	}

	@Operation(summary = "Appeals awaiting registration that the caller may register, oldest first",
			description = "E-mail letters and anything else received but not yet in the journal (INT-1).")
	@GetMapping("/awaiting")
	List<AppealResponse> awaiting(CurrentUser user) {
		requireDesk(user);
		return this.lists.awaitingRegistration(user).stream().map(AppealResponse::of).toList();
	}

	@Operation(summary = "Register a written application handed in person, without scans (INT-6)",
			description = "Received at the given time and registered at once by the caller; the answer carries the "
					+ "registration number, the due date and the tracking code for the receipt (HTML print view: "
					+ "/appeals/{id}/receipt).")
	@PostMapping(path = "/paper", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AppealResponse> registerPaper(CurrentUser user, @Valid @RequestBody PaperRequest request)
			throws MethodArgumentNotValidException {
		return register(user, request, List.of());
	}

	@Operation(summary = "Register a written application handed in person, with its scans (INT-6)",
			description = "multipart/form-data: the part \"appeal\" (application/json, as for the JSON variant) and "
					+ "up to 10 parts \"files\" (PDF, JPEG, PNG, DOCX, XLSX; 20 MB each; type checked from the content). "
					+ "A refused file is a 409 problem naming it, and nothing is stored.")
	@PostMapping(path = "/paper", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AppealResponse> registerPaperWithScans(CurrentUser user,
			@Valid @RequestPart("appeal") PaperRequest request,
			@Parameter(description = "The scans") @RequestPart(name = "files",
					required = false) @Nullable List<MultipartFile> files)
			throws MethodArgumentNotValidException {
		return register(user, request, files == null ? List.of() : files);
	}

	@Operation(summary = "Register an appeal awaiting registration (INT-1)",
			description = "Enters it in its journal (the school's, or the records office's for the rector); "
					+ "404 when out of the caller's scope, 409 when it is registered already.")
	@PostMapping("/appeals/{id}/register")
	AppealResponse registerReceived(CurrentUser user, @PathVariable UUID id) {
		requireDesk(user);
		return AppealResponse.of(this.appeals.register(id, user));
	}

	private ResponseEntity<AppealResponse> register(CurrentUser user, PaperRequest request, List<MultipartFile> files)
			throws MethodArgumentNotValidException {
		requireDesk(user);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "paperRequest");
		errors.pushNestedPath("appeal");
		request.appeal().validateAppendix(errors);
		request.appeal().requireKnownSchool(errors, this.schools);
		errors.popNestedPath();
		CurrentUser applicant = null;
		if (request.applicantUsername() != null && !request.applicantUsername().isBlank()) {
			applicant = this.accounts.byUsername(request.applicantUsername().strip())
				.filter(found -> found.role().isApplicant())
				.orElse(null);
			if (applicant == null) {
				errors.rejectValue("applicantUsername", "appeal.link.unknownAccount");
			}
		}
		ApiValidation.throwIfInvalid(errors);
		Appeal appeal = this.appeals.receiveOnPaper(
				request.appeal().toNewAppeal(Channel.PAPER, applicant == null ? null : applicant.id(), user.fullName()),
				IdentityDocument.shown(request.documentType(), request.documentNumber()),
				request.receivedAt().toInstant(), PortalController.incoming(files), user,
				request.appeal().consentGiven());
		return ResponseEntity.created(URI.create("/api/v1/appeals/" + appeal.id())).body(AppealResponse.of(appeal));
	}

	private void requireDesk(CurrentUser user) {
		if (!this.policy.canUseDesk(user)) {
			throw new AccessDeniedException("the desk is for the records office and the dean's offices");
		}
	}

}
