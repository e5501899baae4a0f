package org.baclo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.baclo.app.ApiError;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}; a bad
 * token is a 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;

    private final ProblemWriter problems;

    private final RefusalAudit refusals;

    BearerTokenFilter(ApiTokenService tokens, ProblemWriter problems, RefusalAudit refusals) {
        this.tokens = tokens;
        this.problems = problems;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).trim();
        Optional<BacloPrincipal> principal = tokens.authenticate(token);
        if (principal.isEmpty()) {
            refusals.tokenRejected(request, token.length() > 10 ? token.substring(0, 10) : "");
            problems.write(request, response, ApiError.UNAUTHENTICATED,
                    "The bearer token is not valid or was revoked. Create a new token on your account page.");
            return;
        }
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities()));
        SecurityContextHolder.setContext(ctx);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

}
