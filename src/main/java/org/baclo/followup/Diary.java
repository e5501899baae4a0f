package org.baclo.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The daily mean of each symptom score, by the day in {@code zone} and the kind's
     * wire name: the 0–10 ratings ("spasticity-nrs", "pain-nrs", "sleep-nrs") and the
     * Penn spasm frequency 0–4 ("penn"). Days without a score are absent.
     */
    public Map<LocalDate, Map<String, Double>> dailyScoreMeans(ZoneId zone) {
        Map<LocalDate, Map<String, double[]>> sums = new HashMap<>();
        for (Observation o : observations) {
            Integer value = o instanceof Observation.Score s ? Integer.valueOf(s.value())
                    : o instanceof Observation.Penn p ? Integer.valueOf(p.frequency()) : null;
            if (value != null) {
                double[] sum = sums.computeIfAbsent(o.at().atZoneSameInstant(zone).toLocalDate(), k -> new HashMap<>())
                    .computeIfAbsent(o.kind(), k -> new double[2]);
                sum[0] += value;
                sum[1]++;
            }
        }
        Map<LocalDate, Map<String, Double>> means = new HashMap<>();
        sums.forEach((day, byKind) -> {
            Map<String, Double> m = new HashMap<>();
            byKind.forEach((k, v) -> m.put(k, v[0] / v[1]));
            means.put(day, Map.copyOf(m));
        });
        return means;
    }
}
