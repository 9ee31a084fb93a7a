package kz.otinish.identity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.otinish.identity.ApiTokensController.TokenForm;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own API tokens over the API: issue (the secret is in that answer only),
 * list, revoke.
 */
@Tag(name = "API tokens", description = "Bearer tokens for the API, issued by the caller for themselves")
@RestController
@RequestMapping("/api/v1/tokens")
class ApiTokensApi {

	private final ApiTokens tokens;

	ApiTokensApi(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Operation(summary = "Issue an API token for the caller",
			description = "{\"name\": what it is for, \"days\": 1 to otinish.api-tokens.max-days (365)}. The answer "
					+ "carries the token once; send it as \"Authorization: Bearer otn_…\". Only its SHA-256 is stored. "
					+ "Audited (ISSUE_API_TOKEN).")
	@PostMapping
	ResponseEntity<IssuedToken> issue(CurrentUser user, @Valid @RequestBody TokenForm request)
			throws MethodArgumentNotValidException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "tokenRequest");
		request.checkDays(errors, this.tokens.maxDays());
		if (errors.hasErrors()) {
			throw new MethodArgumentNotValidException(body(), errors);
		}
		ApiTokens.Issued issued = this.tokens.issue(user, request.name(), request.days());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id()))
			.body(new IssuedToken(TokenView.of(issued.token()), issued.secret()));
	}

	@Operation(summary = "The caller's API tokens", description = "Names, first characters and dates; never the token.")
	@GetMapping
	List<TokenView> list(CurrentUser user) {
		return this.tokens.of(user).stream().map(TokenView::of).toList();
	}

	@Operation(summary = "Revoke one of the caller's API tokens",
			description = "It stops working at once; revoking it again changes nothing. Audited (REVOKE_API_TOKEN).")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(CurrentUser user, @PathVariable UUID id) {
		this.tokens.revoke(user, id);
		return ResponseEntity.noContent().build();
	}

	/** A token without its secret. */
	record TokenView(UUID id, String name, String hint, Instant createdAt, Instant expiresAt,
			@Nullable Instant revokedAt) {

		static TokenView of(ApiTokens.ApiToken token) {
			return new TokenView(token.id(), token.name(), token.hint(), token.createdAt(), token.expiresAt(),
					token.revokedAt());
		}

	}

	/** A token just issued: the only answer that carries it. */
	record IssuedToken(TokenView token, String secret) {
	}

	private static MethodParameter body() {
		try {
			return new MethodParameter(
					ApiTokensApi.class.getDeclaredMethod("issue", CurrentUser.class, TokenForm.class), 1);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
