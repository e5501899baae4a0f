package org.baclo.followup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.baclo.knowledge.Confidence;
import org.baclo.knowledge.Severity;
import org.baclo.knowledge.Sourced;

/**
 * A follow-up alert about a patient between visits: the same shape as a plan-time finding
 * (code, severity, message, source, confidence) plus when the condition began and a
 * plain-language message for the patient.
 *
 * <p>
 * As for findings, an alert resting on an unverified fact (confidence U) is never more
 * than INFO.
 *
 * @param since when the condition behind the alert began (e.g. the last recorded dose for
 * a gap)
 * @param message for the clinician: what happened, with the figures
 * @param patientMessage for the patient, in plain words: what to do now
 * @param source source keys from BACLOFEN.md / sources.yaml
 */
public record Alert(AlertCode code, Severity severity, Instant since, String message, String patientMessage,
        List<String> source, Confidence confidence) {

    public Alert {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(patientMessage, "patientMessage");
        Objects.requireNonNull(confidence, "confidence");
        source = List.copyOf(source);
        if (confidence == Confidence.U) {
            severity = Severity.INFO;
        }
    }

    /** An alert whose rule rests on {@code fact} (its sources and confidence). */
    public static Alert of(AlertCode code, Severity severity, Instant since, String message, String patientMessage,
            Sourced fact) {
        return new Alert(code, severity, since, message, patientMessage, fact.source(), fact.confidence());
    }

    /** "LBL-TAB, VLAV-2014". */
    public String sourceText() {
        return String.join(", ", source);
    }
}
