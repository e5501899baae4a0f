package org.baclo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.baclo.app.ApiError;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 14: a user whose password an administrator gave (reset or generated) changes it
 * before anything else. Pages redirect to {@link #CHANGE_PAGE} (logout, static files and
 * error pages stay open); the API answers 403 {@code PASSWORD_CHANGE_REQUIRED}.
 */
public class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    /** The page where the user sets their own password. */
    public static final String CHANGE_PAGE = "/account/password";

    private static final Set<String> OPEN = Set.of(CHANGE_PAGE, "/logout", "/error", "/favicon.ico", "/favicon.svg");

    private static final String[] OPEN_PREFIXES = { "/css/", "/js/", "/img/", "/webjars/", "/error/" };

    private final ProblemWriter problems;

    private final boolean api;

    private PasswordChangeRequiredFilter(ProblemWriter problems, boolean api) {
        this.problems = problems;
        this.api = api;
    }

    /** For the API chain: a problem document. */
    static PasswordChangeRequiredFilter forApi(ProblemWriter problems) {
        return new PasswordChangeRequiredFilter(problems, true);
    }

    /** For the pages: a redirect to the change-password page. */
    static PasswordChangeRequiredFilter forPages() {
        return new PasswordChangeRequiredFilter(null, false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth != null && auth.getPrincipal() instanceof BacloPrincipal p && p.mustChangePassword())) {
            chain.doFilter(req, res);
            return;
        }
        if (api) {
            problems.write(req, res, ApiError.PASSWORD_CHANGE_REQUIRED,
                    "An administrator set your password: change it on the page " + CHANGE_PAGE
                            + " before using the API.");
            return;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (OPEN.contains(path) || java.util.Arrays.stream(OPEN_PREFIXES).anyMatch(path::startsWith)) {
            chain.doFilter(req, res);
            return;
        }
        res.sendRedirect(req.getContextPath() + CHANGE_PAGE);
    }

}
