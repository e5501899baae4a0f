package org.baclo.followup;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A patient's diary: dose events and observations, in any order (the rules sort them by
 * time).
 */
public record Diary(List<DiaryDose> doses, List<Observation> observations) {
    public static final Diary EMPTY = new Diary(List.of(), List.of());

    public Diary {
        doses = doses.stream().sorted(Comparator.comparing(d -> d.at().toInstant())).toList();
        observations = observations.stream().sorted(Comparator.comparing(o -> o.at().toInstant())).toList();
    }

    /** Dose events at or before {@code now}. */
    public List<DiaryDose> dosesUntil(Instant now) {
        return doses.stream().filter(d -> !d.at().toInstant().isAfter(now)).toList();
    }
}
