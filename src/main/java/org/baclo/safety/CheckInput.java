package org.baclo.safety;

import java.util.Objects;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.DoseLimits;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.RenalAssessment;
import org.baclo.regimen.Regimen;

/**
 * What a safety rule looks at: the regimen, the patient (when known), the kidney
 * assessment and the dose limits derived from it, and the knowledge base.
 */
public record CheckInput(Knowledge knowledge, Regimen regimen, Optional<PatientContext> context,
        Optional<RenalAssessment> renal, DoseLimits limits) {
    public CheckInput {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(regimen, "regimen");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(renal, "renal");
        Objects.requireNonNull(limits, "limits");
    }
}
