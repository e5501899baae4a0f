package org.baclo.knowledge;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.baclo.units.Millilitres;

/** Pump refill arithmetic defaults (BACLOFEN.md §10). */
public record RefillRules(Duration maxInterval, List<String> maxIntervalSource, Duration clinicBuffer,
        Millilitres residualTolerance, BigDecimal residualTolerancePercent, String arithmetic, List<String> source,
        Confidence confidence) implements Sourced {
}
