package kz.otinish.appeal.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealSearch;
import kz.otinish.appeal.SearchHit;
import kz.otinish.identity.CurrentUser;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Appeals", description = "File, read and list appeals within the caller's scope")
@RestController
@RequestMapping("/api/v1/appeals")
class AppealApi {

	private final AppealManagement appeals;

	private final AppealAccessPolicy policy;

	private final AppealSearch search;

	AppealApi(AppealManagement appeals, AppealAccessPolicy policy, AppealSearch search) {
		this.search = search;
		this.appeals = appeals;
		this.policy = policy;
	}

	@Operation(summary = "One appeal", description = "404 when it does not exist or is outside the caller's scope.")
	@GetMapping("/{id}")
	AppealResponse get(CurrentUser user, @PathVariable UUID id) {
		Appeal appeal = this.appeals.get(id, user);
		return AppealResponse.of(appeal, this.policy, user);
	}

	@Operation(summary = "Appeals within the caller's scope, newest first, filtered and paged",
			description = """
								A page of at most 'size' appeals; 'hasNext' says whether another page follows (no total is \
					counted: with a million appeals an exact count would cost more than the page itself). With `q`, only the appeals whose registration number (any case, with or without dashes), \
								applicant's, representative's or co-applicants' names (any word order), or words of the subject, \
								the text or the text of attached PDF and DOCX files match every word typed, best matches first \
								(number and names, then subject, text, files). Words match their other forms in Russian \
								(`оценка` finds `оценку`) and Kazakh (`емтихан` finds `емтиханымды`), and the Kazakh letters \
								і ү ұ ө қ ғ ң ә һ match their Russian look-alikes typed either way. The search stays within the \
								caller's scope: an appeal the caller may not see is never found or counted.""")
	@GetMapping
	PageResponse<AppealResponse> list(CurrentUser user,
			@org.springframework.web.bind.annotation.ModelAttribute @org.springdoc.core.annotations.ParameterObject ListFilter filter,
			@Parameter(description = "words to search for (at most 200 characters)") @RequestParam(
					defaultValue = "") @Size(max = AppealSearch.MAX_LENGTH) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		Slice<SearchHit> found = this.search.find(filter.toFilter(), q,
				kz.otinish.shared.Paging.of(page, size, Sort.by(Sort.Direction.DESC, "receivedAt")), user);
		return PageResponse.of(found.map(hit -> AppealResponse.of(hit.appeal(), this.policy, user)));
	}

}
