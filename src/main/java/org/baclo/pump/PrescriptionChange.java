package org.baclo.pump;

import java.time.LocalDateTime;
import java.util.Objects;

/** A prescription programmed into the pump from {@code from} (clinic local time). */
public record PrescriptionChange(LocalDateTime from, Prescription prescription) {
    public PrescriptionChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(prescription, "prescription");
    }
}
