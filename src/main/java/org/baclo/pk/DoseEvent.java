package org.baclo.pk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.baclo.units.Milligrams;

/**
 * One dose of a history at an exact instant. {@code time} is when it was taken (for
 * {@link DoseStatus#MISSED}: when it was due); {@code scheduled} is the planned time of a
 * late dose. Immutable.
 */
public record DoseEvent(DoseStatus status, Instant time, Milligrams amount, Optional<Instant> scheduled) {

    public DoseEvent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(scheduled, "scheduled");
        if (status == DoseStatus.LATE && (scheduled.isEmpty() || !time.isAfter(scheduled.get()))) {
            throw new IllegalArgumentException("a late dose needs a scheduled time before the time it was taken");
        }
    }

    public static DoseEvent taken(Instant time, Milligrams amount) {
        return new DoseEvent(DoseStatus.TAKEN, time, amount, Optional.empty());
    }

    public static DoseEvent late(Instant scheduled, Instant taken, Milligrams amount) {
        return new DoseEvent(DoseStatus.LATE, taken, amount, Optional.of(scheduled));
    }

    public static DoseEvent extra(Instant time, Milligrams amount) {
        return new DoseEvent(DoseStatus.EXTRA, time, amount, Optional.empty());
    }

    public static DoseEvent missed(Instant due, Milligrams amount) {
        return new DoseEvent(DoseStatus.MISSED, due, amount, Optional.empty());
    }

    /** The planned time: {@code scheduled} for a late dose, otherwise {@code time}. */
    public Instant plannedTime() {
        return scheduled.orElse(time);
    }
}
