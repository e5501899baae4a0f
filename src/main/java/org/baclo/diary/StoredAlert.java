package org.baclo.diary;

import java.time.Instant;
import org.baclo.followup.AlertCode;
import org.baclo.knowledge.Severity;

/**
 * A follow-up alert as stored: OPEN or ACKNOWLEDGED while its source reports it, RESOLVED
 * by a clinician (with a note), or CLOSED when its source stopped reporting it.
 */
public record StoredAlert(long id, long patientId, AlertCode code, Severity severity, Instant since, String message,
        String patientMessage, String source, Status status, Instant openedAt, String acknowledgedBy,
        Instant acknowledgedAt, String acknowledgeNote, String resolvedBy, Instant resolvedAt, String resolveNote,
        Instant closedAt) {

    /** When the condition began, to the minute in UTC, e.g. "2026-12-07 10:12 UTC". */
    public String sinceText() {
        return since.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
            .toString()
            .replace('T', ' ')
            .replace("Z", " UTC");
    }

    /** The life of a stored alert. */
    public enum Status {

        OPEN, ACKNOWLEDGED, RESOLVED, CLOSED;

        /**
         * Open or acknowledged: the condition still holds and no clinician has resolved
         * it.
         */
        public boolean isOpen() {
            return this == OPEN || this == ACKNOWLEDGED;
        }

    }
}
