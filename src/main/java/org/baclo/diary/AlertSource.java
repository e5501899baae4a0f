package org.baclo.diary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.baclo.followup.Alert;
import org.baclo.followup.AlertCode;

/**
 * Something that computes follow-up alerts for a patient (the diary rules, the pump
 * rules). The alert store asks every source, on each change of its data and on a
 * schedule, and keeps one open alert per patient and code: it opens the codes a source
 * now reports and closes the ones it no longer reports.
 *
 * <p>
 * Implementations are Spring beans of the application layer; they read their own records
 * and call the core rules. {@link #evaluate} runs inside the caller's transaction and
 * must not write.
 */
public interface AlertSource {

    /**
     * The codes this source owns: the store opens and closes exactly these for a patient.
     */
    Set<AlertCode> codes();

    /** The alerts that hold for the patient at {@code now}; empty when none. */
    List<Alert> evaluate(long patientId, Instant now);

    /** The patients this source may have alerts for (for the scheduled re-evaluation). */
    List<Long> patientIds();

}
