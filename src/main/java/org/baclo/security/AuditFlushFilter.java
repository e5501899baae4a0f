package org.baclo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter of every HTTP request: work deferred to the end of the request
 * ({@link org.baclo.app.AfterRequest}) runs, then the audit rows of reads and refusals
 * collected meanwhile are written — both after the request's transactions have returned
 * their connections (see {@link AuditService}).
 */
class AuditFlushFilter extends OncePerRequestFilter {

    private final AuditService audit;

    private final org.baclo.app.AfterRequest afterRequest;

    AuditFlushFilter(AuditService audit, org.baclo.app.AfterRequest afterRequest) {
        this.audit = audit;
        this.afterRequest = afterRequest;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            audit.inRequest(() -> afterRequest.around(() -> chain.doFilter(request, response)));
        }
        catch (ServletException | IOException | RuntimeException e) {
            throw e;
        }
        catch (Exception e) {
            throw new ServletException(e);
        }
    }

}
