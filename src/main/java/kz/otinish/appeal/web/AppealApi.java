package kz.otinish.appeal.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Channel;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

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

	AppealApi(AppealManagement appeals, AppealAccessPolicy policy) {
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
			description = "A page of at most 'size' appeals; 'hasNext' says whether another page follows. No total "
					+ "is counted: with a million appeals an exact count would cost more than the page itself.")
	@GetMapping
	PageResponse<AppealResponse> list(CurrentUser user, @RequestParam(required = false) @Nullable AppealStatus status,
			@RequestParam(required = false) @Nullable AppealKind kind,
			@RequestParam(required = false) @Nullable String school,
			@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		Slice<Appeal> found = this.appeals.list(new AppealFilter(status, kind, school, channel),
				kz.otinish.shared.Paging.of(page, size, Sort.by(Sort.Direction.DESC, "receivedAt")), user);
		return PageResponse.of(found.map(appeal -> AppealResponse.of(appeal, this.policy, user)));
	}

}
