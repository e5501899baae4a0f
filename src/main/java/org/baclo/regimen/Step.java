package org.baclo.regimen;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.baclo.units.Milligrams;

/**
 * One period of a regimen at a constant daily dose, from {@code startDate} to
 * {@code endDate} inclusive. A daily dose of 0 has no doses: baclofen is stopped from
 * {@code startDate}.
 */
public record Step(LocalDate startDate, LocalDate endDate, Milligrams dailyMg, List<Dose> doses) {
    public Step {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(dailyMg, "dailyMg");
        doses = List.copyOf(doses);
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("step ends (" + endDate + ") before it starts (" + startDate + ")");
        }
        Milligrams sum = doses.stream().map(Dose::mg).reduce(Milligrams.ZERO, Milligrams::plus);
        if (sum.compareTo(dailyMg) != 0) {
            throw new IllegalArgumentException("the doses add up to " + sum + ", not the daily " + dailyMg);
        }
        for (int i = 1; i < doses.size(); i++) {
            if (!doses.get(i).time().isAfter(doses.get(i - 1).time())) {
                throw new IllegalArgumentException("dose times must rise through the day; " + doses.get(i).time()
                        + " follows " + doses.get(i - 1).time());
            }
        }
    }

    /** Days in the step, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    public boolean isStop() {
        return dailyMg.isZero();
    }

    /** The largest single dose of the step (0 for a stop). */
    public Milligrams largestDose() {
        return doses.stream().map(Dose::mg).max(Milligrams::compareTo).orElse(Milligrams.ZERO);
    }
}
