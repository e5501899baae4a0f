package org.baclo.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/** Who did what, when, to which patient, and whether it was allowed. Never updated. */
public record AuditEvent(@Id Long id, Instant occurredAt, String username, String role, String action, Long patientId,
        String outcome, String detail) {
}
