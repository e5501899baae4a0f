package org.baclo.followup;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.baclo.units.Milligrams;

/**
 * A dose event of the patient's diary: a dose taken at a time, a dose skipped (with a
 * reason) or an extra dose with its amount. {@code at} is the client's time with its
 * offset, so a late upload takes its true place in time.
 *
 * @param id the client's id for the event (the same id twice is one event)
 * @param mg the amount taken; required for taken and extra doses, absent or ignored for a
 * skipped dose
 */
public record DiaryDose(String id, OffsetDateTime at, Status status, Optional<Milligrams> mg, Optional<String> reason) {

    /** What happened to the dose; the wire names are lower case. */
    public enum Status {

        TAKEN, SKIPPED, EXTRA;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

    }

    public DiaryDose {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mg, "mg");
        Objects.requireNonNull(reason, "reason");
        if (status != Status.SKIPPED && mg.map(m -> m.value().signum() <= 0).orElse(true)) {
            throw new IllegalArgumentException("mg: a " + status.wireName() + " dose needs its amount in mg (above 0)");
        }
    }

    /** Baclofen actually taken (taken or extra). */
    public boolean isIntake() {
        return status != Status.SKIPPED;
    }

    public Milligrams intakeMg() {
        return isIntake() ? mg.orElse(Milligrams.ZERO) : Milligrams.ZERO;
    }
}
