package org.baclo.knowledge;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.baclo.units.Milligrams;

/**
 * The label's oral dosing schedule and the product's defaults around it (BACLOFEN.md §3).
 */
public record OralDosing(Milligrams startDose, Frequency startFrequency, Milligrams stepPerDose, Duration stepInterval,
        Milligrams maxDaily, Milligrams maxSingle, Milligrams maxStepDaily, List<Frequency> frequencies,
        List<LocalTime> defaultDoseTimes, List<LocalTime> qidDoseTimes, List<LocalTime> bidDoseTimes,
        String lowestEffectiveDose, String keepSomeTone, List<String> source,
        Confidence confidence) implements Sourced {
    public OralDosing {
        frequencies = List.copyOf(frequencies);
        defaultDoseTimes = List.copyOf(defaultDoseTimes);
        bidDoseTimes = List.copyOf(bidDoseTimes);
        qidDoseTimes = List.copyOf(qidDoseTimes);
        source = List.copyOf(source);
    }
}
