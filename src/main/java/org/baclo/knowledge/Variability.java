package org.baclo.knowledge;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Inter-individual variability as coefficients of variation of log-normal parameters
 * (0.56 = 56%).
 */
public record Variability(Optional<BigDecimal> clearanceCv, Optional<BigDecimal> volumeCv) {
}
