package org.baclo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.baclo.app.InvalidInputException;
import org.baclo.app.NotFoundException;
import org.baclo.security.ApiToken;
import org.baclo.security.ApiTokenService;
import org.baclo.security.BacloPrincipal;
import org.baclo.units.InputLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Account", description = "The caller's own account and personal API tokens")
class AccountApi {

    private final ApiTokenService tokens;

    AccountApi(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record Me(long id, String username, String displayName, String role, Long patientId) {
    }

    record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.name(), t.tokenPrefix(), t.createdAt(), t.lastUsedAt(), t.revokedAt());
        }
    }

    record NewToken(@Size(max = InputLimits.TOKEN_NAME_MAX) String name) {
    }

    /** The token itself appears only in this response. */
    record CreatedToken(TokenView token, String secret) {
    }

    @GetMapping
    @Operation(summary = "Who am I")
    Me me(@AuthenticationPrincipal BacloPrincipal user) {
        return new Me(user.id(), user.username(), user.displayName(), user.role().name(), user.patientId());
    }

    @GetMapping("/tokens")
    @Operation(summary = "My API tokens (without their secrets)")
    List<TokenView> tokens(@AuthenticationPrincipal BacloPrincipal user) {
        return tokens.list(user.id()).stream().map(TokenView::of).toList();
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API token; its secret is shown once")
    CreatedToken create(@AuthenticationPrincipal BacloPrincipal user, @RequestBody NewToken body) {
        String name = body == null || body.name() == null ? "" : body.name().trim();
        if (name.isEmpty() || name.length() > InputLimits.TOKEN_NAME_MAX) {
            throw new InvalidInputException("name", "Name the token (1 to 100 characters), e.g. 'clinic laptop'.");
        }
        ApiTokenService.Created c = tokens.create(user.id(), name);
        return new CreatedToken(TokenView.of(c.token()), c.plainText());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of my API tokens")
    void revoke(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id) {
        if (!tokens.revoke(user.id(), id)) {
            throw new NotFoundException("You have no token " + id + ".");
        }
    }

}
