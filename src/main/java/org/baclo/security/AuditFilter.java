package org.baclo.security;

import java.time.Instant;

/** Filter for browsing the audit log; null fields do not filter. */
public record AuditFilter(String username, Long patientId, String action, Instant from, Instant to, Integer limit) {
    public int limitOrDefault() {
        return limit == null || limit <= 0 ? 200 : Math.min(limit, 1000);
    }
}
