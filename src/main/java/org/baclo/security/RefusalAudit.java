package org.baclo.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Audits every refusal the security filters answer: anonymous 401
 * ({@code UNAUTHENTICATED}), 403 by role ({@code FORBIDDEN}), a rejected CSRF token
 * ({@code CSRF_REJECTED}) and a bad, revoked or expired API token
 * ({@code TOKEN_REJECTED}) — with the user when known, always the source address, the
 * method and path. Refusals inside the application (404 on someone else's record) are
 * audited by {@code PatientAccess}. Never throws: a refusal must not become a 500.
 */
@Component
public class RefusalAudit {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalAudit.class);

    private final AuditService audit;

    RefusalAudit(AuditService audit) {
        this.audit = audit;
    }

    void unauthenticated(HttpServletRequest req) {
        write(req, "UNAUTHENTICATED", "401");
    }

    void forbidden(HttpServletRequest req, Exception ex) {
        if (ex instanceof CsrfException) {
            write(req, "CSRF_REJECTED", "403 " + ex.getClass().getSimpleName());
        }
        else {
            write(req, "FORBIDDEN", "403 role");
        }
    }

    void tokenRejected(HttpServletRequest req, String tokenPrefix) {
        write(req, "TOKEN_REJECTED", "401 token " + tokenPrefix + "…");
    }

    private void write(HttpServletRequest req, String action, String what) {
        try {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            BacloPrincipal p = auth != null && auth.getPrincipal() instanceof BacloPrincipal b ? b : null;
            String path = req.getRequestURI();
            path = path == null ? "" : path.length() > 200 ? path.substring(0, 200) + "…" : path;
            audit.recordFrom(p == null ? null : p.username(), p == null ? null : p.role(), req.getRemoteAddr(), action,
                    null, AuditOutcome.DENIED, what + " " + req.getMethod() + " " + path);
        }
        catch (RuntimeException e) {
            LOG.warn("Could not audit a refusal ({}): {}", action, e.getMessage());
        }
    }

}
