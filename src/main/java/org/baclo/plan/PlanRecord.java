package org.baclo.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.baclo.knowledge.Severity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One stored version of a patient's plan: the request that made it, the checked plan as
 * the same JSON document {@code baclo plan --out} writes, and its life (draft, active,
 * superseded). The plan content never changes after creation; only the status fields do.
 */
public record PlanRecord(@Id Long id, long patientId, int versionNo, String kind, PlanStatus status,
        LocalDate effectiveFrom, LocalDate supersededOn, Long supersededBy, String requestJson, String planJson,
        Severity maxSeverity, String overrideReason, String createdBy, Instant createdAt, String activatedBy,
        Instant activatedAt, @Version Integer version) {

    PlanRecord activated(String by, Instant at, String reason) {
        return new PlanRecord(id, patientId, versionNo, kind, PlanStatus.ACTIVE, effectiveFrom, null, null, requestJson,
                planJson, maxSeverity, reason, createdBy, createdAt, by, at, version);
    }

    PlanRecord supersededBy(long newer, LocalDate on) {
        return new PlanRecord(id, patientId, versionNo, kind, PlanStatus.SUPERSEDED, effectiveFrom, on, newer,
                requestJson, planJson, maxSeverity, overrideReason, createdBy, createdAt, activatedBy, activatedAt,
                version);
    }
}
