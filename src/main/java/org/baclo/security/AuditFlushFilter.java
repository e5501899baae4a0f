package org.baclo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter of every HTTP request: audit rows of reads and refusals collected while the request ran are
 * written when it ends, after its transactions have returned their connections (see {@link AuditService}).
 */
class AuditFlushFilter extends OncePerRequestFilter {
    private final AuditService audit;

    AuditFlushFilter(AuditService audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            audit.inRequest(() -> chain.doFilter(request, response));
        } catch (ServletException | IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
