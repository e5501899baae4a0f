package org.baclo.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.baclo.knowledge.Severity;
import org.baclo.report.PlanDocument;

/** A stored plan for display and the API: its life and the plan document itself. */
public record PlanView(long id, long patientId, int versionNo, String kind, PlanStatus status, LocalDate effectiveFrom,
        LocalDate supersededOn, Long supersededBy, Severity maxSeverity, String overrideReason, String createdBy,
        Instant createdAt, String activatedBy, Instant activatedAt, PlanRequest request, PlanDocument plan) {

    public boolean hasCritical() {
        return maxSeverity == Severity.CRITICAL;
    }
}
