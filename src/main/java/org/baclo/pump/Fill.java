package org.baclo.pump;

import java.time.LocalDateTime;
import java.util.Objects;
import org.baclo.units.Millilitres;

/**
 * A pump filled at {@code filledAt} with {@code volume} of the prescription's solution,
 * in a reservoir of {@code reservoir} whose low-reservoir alarm sounds at {@code alarm}.
 */
public record Fill(LocalDateTime filledAt, Millilitres volume, Millilitres reservoir, Millilitres alarm,
        Prescription prescription) {
    public Fill {
        Objects.requireNonNull(filledAt, "filledAt");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(reservoir, "reservoir");
        Objects.requireNonNull(alarm, "alarm");
        Objects.requireNonNull(prescription, "prescription");
        if (reservoir.value().signum() <= 0) {
            throw new IllegalArgumentException("reservoir: must be above 0 mL");
        }
        if (volume.value().signum() <= 0) {
            throw new IllegalArgumentException("volume: must be above 0 mL");
        }
        if (volume.isGreaterThan(reservoir)) {
            throw new IllegalArgumentException(
                    "volume: " + volume + " is more than the reservoir holds (" + reservoir + ")");
        }
        if (!alarm.isLessThan(reservoir)) {
            throw new IllegalArgumentException("alarm: the low-reservoir alarm volume (" + alarm + ") must be below the"
                    + " reservoir (" + reservoir + ")");
        }
    }
}
