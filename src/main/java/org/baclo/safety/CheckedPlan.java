package org.baclo.safety;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.baclo.knowledge.Severity;
import org.baclo.regimen.DispenseLine;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.RenalAssessment;

/**
 * A regimen with everything shown alongside it: the patient and kidney assessment it was
 * checked for, what to dispense, and the findings (most severe first).
 */
public record CheckedPlan(Regimen regimen, Optional<PatientContext> context, Optional<RenalAssessment> renal,
        List<DispenseLine> dispense, List<Finding> findings) {
    public CheckedPlan {
        Objects.requireNonNull(regimen, "regimen");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(renal, "renal");
        dispense = List.copyOf(dispense);
        findings = List.copyOf(findings);
    }

    public boolean hasCritical() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.CRITICAL);
    }

    public List<Finding> findings(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }
}
