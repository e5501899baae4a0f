package org.baclo.pumpclinic;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A stored refill visit; {@code residualMl} and {@code expectedResidualMl} are absent for
 * the first fill.
 */
public record RefillRow(long id, LocalDateTime filledAt, BigDecimal residualMl, BigDecimal expectedResidualMl,
        BigDecimal volumeMl, BigDecimal concentrationMcgMl, BigDecimal doseMcgDay, String findings, String recordedBy) {
}
