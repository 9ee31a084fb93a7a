package kz.otinish.intake.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.web.AppealResponse;
import kz.otinish.identity.CurrentUser;
import kz.otinish.intake.Intake;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Filing over the API: the signed-in applicant's appeal, received and registered at once
 * (INT-1). Reading and listing stay with the case file's API under the same path.
 */
@Tag(name = "Appeals", description = "File, read and list appeals within the caller's scope")
@RestController
@RequestMapping("/api/v1/appeals")
class FilingApi {

	private final Intake intake;

	private final SchoolOptions schools;

	FilingApi(Intake intake, SchoolOptions schools) {
		this.intake = intake;
		this.schools = schools;
	}

	@Operation(summary = "File an appeal as the signed-in applicant",
			description = "Received and registered at once (INT-1): the answer carries the registration number, "
					+ "the due date (DL-1) and the tracking code. Only applicants (student, staff, representative) may file; \"consent\": true is required "
					+ "(400 naming the field otherwise) and accepts the current consent text for the account.")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AppealResponse> create(CurrentUser user, @Valid @RequestBody AppealRequest request)
			throws MethodArgumentNotValidException {
		return file(user, request, List.of());
	}

	@Operation(summary = "File an appeal with files as the signed-in applicant",
			description = "multipart/form-data: the part \"appeal\" (application/json, as for the JSON variant) and up to "
					+ "10 parts \"files\" (PDF, JPEG, PNG, DOCX, XLSX; 20 MB each; the type is checked from the content, "
					+ "the name loses any path). A refused file is a 409 problem naming it, and nothing is stored.")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AppealResponse> createWithFiles(CurrentUser user,
			@Valid @RequestPart("appeal") AppealRequest request,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files)
			throws MethodArgumentNotValidException {
		return file(user, request, files == null ? List.of() : files);
	}

	private ResponseEntity<AppealResponse> file(CurrentUser user, AppealRequest request, List<MultipartFile> files)
			throws MethodArgumentNotValidException {
		if (!user.role().isApplicant()) {
			throw new AccessDeniedException("only applicants file appeals");
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "appealRequest");
		request.validateAppendix(errors);
		request.requireKnownSchool(errors, this.schools);
		request.requireConsent(errors);
		ApiValidation.throwIfInvalid(errors);
		Appeal appeal = this.intake.fileOnline(user, request.toNewAppeal(user), PortalController.incoming(files));
		return ResponseEntity.created(URI.create("/api/v1/appeals/" + appeal.id())).body(AppealResponse.of(appeal));
	}

}
