package org.baclo.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Intrathecal titration limits for one origin of spasticity (percent ranges; maintenance
 * in mcg/day).
 */
public record ItbTitration(String origin, Optional<Range> dailyIncrease, Optional<Range> refillIncrease,
        Optional<Range> sideEffectDecrease, Range maintenance, List<String> source,
        Confidence confidence) implements Sourced {
}
