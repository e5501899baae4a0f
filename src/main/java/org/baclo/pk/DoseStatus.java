package org.baclo.pk;

/** What happened to one dose of a history. */
public enum DoseStatus {

    /** Taken at its time. */
    TAKEN,
    /** Taken later than scheduled (the actual time counts). */
    LATE,
    /** Taken in addition to the plan. */
    EXTRA,
    /** Scheduled but not taken: contributes nothing. */
    MISSED;

    /** True if the dose was swallowed. */
    public boolean isIntake() {
        return this != MISSED;
    }

}
