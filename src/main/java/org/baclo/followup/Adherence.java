package org.baclo.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Doses planned and taken per day and per ISO week (Monday first) of the plan, up to the
 * time of evaluation.
 */
public record Adherence(List<Period> days, List<Period> weeks) {

    public Adherence {
        days = List.copyOf(days);
        weeks = List.copyOf(weeks);
    }

    /**
     * One day or week.
     *
     * @param start the day, or the Monday of the week
     * @param planned doses due by then
     * @param taken doses recorded as taken, at most {@code planned} (an extra dose is not
     * adherence)
     * @param percent taken of planned, rounded; absent when nothing was due
     */
    public record Period(LocalDate start, int planned, int taken, Optional<Integer> percent) {
        public static Period of(LocalDate start, int planned, int taken) {
            int counted = Math.min(planned, taken);
            return new Period(start, planned, counted,
                    planned == 0 ? Optional.empty() : Optional.of(Math.round(100f * counted / planned)));
        }
    }

    /**
     * The days from {@code from} to {@code to} (both included) grouped by ISO week: a
     * week at the edge of the period counts only its days in the period; weeks start on
     * their Monday even when the period does not.
     */
    public List<Period> weeksBetween(LocalDate from, LocalDate to) {
        Map<LocalDate, int[]> weeks = new LinkedHashMap<>();
        for (Period d : days) {
            if (!d.start().isBefore(from) && !d.start().isAfter(to)) {
                int[] w = weeks.computeIfAbsent(d.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        k -> new int[2]);
                w[0] += d.planned();
                w[1] += d.taken();
            }
        }
        List<Period> out = new ArrayList<>();
        weeks.forEach((start, w) -> out.add(Period.of(start, w[0], w[1])));
        return out;
    }

    /** Every day from {@code from} to {@code to} (both included) as one period. */
    public Period totalBetween(LocalDate from, LocalDate to) {
        int planned = 0;
        int taken = 0;
        for (Period w : weeksBetween(from, to)) {
            planned += w.planned();
            taken += w.taken();
        }
        return Period.of(from, planned, taken);
    }
}
