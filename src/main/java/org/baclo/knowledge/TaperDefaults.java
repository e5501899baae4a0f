package org.baclo.knowledge;

import java.time.Duration;
import java.util.List;
import org.baclo.units.Milligrams;

/** How to come off baclofen (BACLOFEN.md §4). */
public record TaperDefaults(Milligrams stepPerDose, Duration stepInterval, Duration minTotalDuration,
        Milligrams abruptStopAbove, Range labelDuration, List<String> fastReasons, String withdrawalWarning,
        String pregnancy, List<String> source, Confidence confidence) implements Sourced {
}
