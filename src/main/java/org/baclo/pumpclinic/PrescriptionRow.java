package org.baclo.pumpclinic;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A stored pump prescription, in force from {@code validFrom}. */
public record PrescriptionRow(long id, LocalDateTime validFrom, BigDecimal concentrationMcgMl, BigDecimal doseMcgDay,
        String reason, String findings, String recordedBy) {
}
