package kz.otinish.people;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kz.otinish.identity.AccountAdministration;
import kz.otinish.identity.AccountDetails;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.BodyMemberships;
import kz.otinish.organization.MemberRole;
import kz.otinish.organization.OfficialPosition;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The user pages' API under {@code /api/v1/admin/users}: search with paging, one account
 * with its scopes, its role and school, deactivation and reactivation, and a password
 * reset that answers the one-time password once.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
class UserAdministrationApi {

	private final AccountAdministration administration;

	private final BodyMemberships memberships;

	private final KnownSchools schools;

	UserAdministrationApi(AccountAdministration administration, BodyMemberships memberships, KnownSchools schools) {
		this.administration = administration;
		this.memberships = memberships;
		this.schools = schools;
	}

	@GetMapping
	UsersPage search(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		Page<AccountDetails> found = this.administration.search(q, page, Math.min(Math.max(size, 1), 200));
		return new UsersPage(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
	}

	@GetMapping("/{id}")
	UserWithScopes user(@PathVariable UUID id) {
		return withScopes(this.administration.account(id));
	}

	@PutMapping("/{id}/role")
	UserWithScopes assign(@PathVariable UUID id, @Valid @RequestBody RoleAssignment assignment, CurrentUser admin) {
		return withScopes(
				this.administration.assign(id, assignment.role(), this.schools.code(assignment.schoolCode()), admin));
	}

	@PostMapping("/{id}/deactivation")
	UserWithScopes deactivate(@PathVariable UUID id, CurrentUser admin) {
		return withScopes(this.administration.deactivate(id, admin));
	}

	@PostMapping("/{id}/reactivation")
	UserWithScopes reactivate(@PathVariable UUID id) {
		return withScopes(this.administration.reactivate(id));
	}

	@PostMapping("/{id}/password-reset")
	OneTimePassword resetPassword(@PathVariable UUID id) {
		return new OneTimePassword(this.administration.resetPassword(id));
	}

	private UserWithScopes withScopes(AccountDetails account) {
		return new UserWithScopes(account,
				this.memberships.positionsOf(account.id())
					.stream()
					.map(official -> new Position(official.code(), official.position(), official.schoolCode()))
					.toList(),
				this.memberships.membershipsOf(account.id())
					.stream()
					.map(seat -> new Seat(seat.body().code(), seat.role()))
					.toList());
	}

	record UsersPage(List<AccountDetails> users, int page, int size, long total) {
	}

	record UserWithScopes(AccountDetails account, List<Position> positions, List<Seat> bodies) {
	}

	record Position(String code, OfficialPosition position, @Nullable String schoolCode) {
	}

	record Seat(String body, MemberRole role) {
	}

	record RoleAssignment(@NotNull Role role, @Nullable String schoolCode) {
	}

	record OneTimePassword(String oneTimePassword) {
	}

}
