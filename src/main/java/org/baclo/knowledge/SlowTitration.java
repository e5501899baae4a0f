package org.baclo.knowledge;

import java.time.Duration;
import java.util.List;
import org.baclo.units.Milligrams;

/**
 * Slower titration in the MODERATE and SEVERE renal bands (product assumption,
 * BACLOFEN.md §5).
 */
public record SlowTitration(Duration minStepInterval, Milligrams maxStepPerDose, List<String> source,
        Confidence confidence) implements Sourced {
}
