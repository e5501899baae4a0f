package org.baclo.safety;

import java.util.List;
import java.util.Objects;
import org.baclo.knowledge.Confidence;
import org.baclo.knowledge.Severity;
import org.baclo.knowledge.Sourced;

/**
 * One safety finding about a regimen for a patient.
 *
 * <p>
 * A finding resting on an unverified fact (confidence U) is never more than INFO:
 * BACLOFEN.md says such facts are shown only as information, never as the basis of an
 * alert. The constructor enforces it, so no rule can break it.
 *
 * @param message what is wrong or to watch, in plain words, for this patient and plan
 * @param rationale the fact behind the rule
 * @param source source keys from BACLOFEN.md / sources.yaml
 * @param confidence how well the fact behind the rule is supported
 */
public record Finding(FindingCode code, Severity severity, String message, String rationale, List<String> source,
        Confidence confidence) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(confidence, "confidence");
        source = List.copyOf(source);
        if (confidence == Confidence.U) {
            severity = Severity.INFO;
        }
    }

    /** A finding whose rule rests on {@code fact} (its sources and confidence). */
    static Finding of(FindingCode code, Severity severity, String message, String rationale, Sourced fact) {
        return new Finding(code, severity, message, rationale, fact.source(), fact.confidence());
    }

    /** "LBL-TAB, VLAV-2014". */
    public String sourceText() {
        return String.join(", ", source);
    }
}
