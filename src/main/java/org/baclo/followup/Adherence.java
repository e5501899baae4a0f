package org.baclo.followup;

import java.time.LocalDate;
import java.util.List;
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
}
