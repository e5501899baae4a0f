package org.baclo.knowledge;

import java.time.Duration;
import java.util.List;
import org.baclo.units.Micrograms;
import org.baclo.units.Millilitres;

/** Intrathecal screening trial (BACLOFEN.md §10). */
public record ItbScreening(Micrograms bolus, Millilitres bolusVolume, Duration minInjectionTime, Range observation,
        List<Micrograms> escalation, Duration escalationInterval, Micrograms nonResponderAbove, Range onset, Range peak,
        List<String> source, Confidence confidence) implements Sourced {
}
