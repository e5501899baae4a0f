package org.baclo.pump;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.baclo.units.McgPerDay;
import org.baclo.units.McgPerMl;
import org.baclo.units.Micrograms;
import org.baclo.units.MlPerDay;

/**
 * An intrathecal prescription: the concentration in the pump and either a simple
 * continuous daily dose or flexed periods, each with its own rate, covering the 24 hours
 * of a day. The daily dose and volume are derived.
 */
public record Prescription(McgPerMl concentration, Optional<McgPerDay> continuous, List<FlexPeriod> flexed) {
    public Prescription {
        Objects.requireNonNull(concentration, "concentration");
        Objects.requireNonNull(continuous, "continuous");
        flexed = List.copyOf(flexed);
        if (continuous.isPresent() == !flexed.isEmpty()) {
            throw new IllegalArgumentException("mode: give either a continuous daily dose or flexed periods");
        }
        if (!flexed.isEmpty()) {
            Duration total = Duration.ZERO;
            for (int i = 0; i < flexed.size(); i++) {
                FlexPeriod p = flexed.get(i);
                FlexPeriod next = flexed.get((i + 1) % flexed.size());
                if (!p.end().equals(next.start())) {
                    throw new IllegalArgumentException("flexed[" + i + "]: ends at " + p.end() + " but the next period"
                            + " starts at " + next.start() + "; the periods must follow each other round the day");
                }
                total = total.plus(p.length());
            }
            if (!total.equals(Duration.ofDays(1))) {
                throw new IllegalArgumentException(
                        "flexed: the periods cover " + total.toMinutes() / 60.0 + " h; they must cover 24 h");
            }
        }
        if (dose(continuous, flexed).isZero()) {
            throw new IllegalArgumentException("dose: must be above 0 mcg/day (a stopped pump is not a prescription)");
        }
    }

    public static Prescription continuous(McgPerMl concentration, McgPerDay dose) {
        return new Prescription(concentration, Optional.of(dose), List.of());
    }

    public McgPerDay dailyDose() {
        return dose(continuous, flexed);
    }

    public MlPerDay dailyVolume() {
        return dailyDose().volumeAt(concentration);
    }

    private static McgPerDay dose(Optional<McgPerDay> continuous, List<FlexPeriod> flexed) {
        if (continuous.isPresent()) {
            return continuous.get();
        }
        Micrograms sum = new Micrograms(java.math.BigDecimal.ZERO);
        for (FlexPeriod p : flexed) {
            sum = sum.plus(p.rate().over(p.length()));
        }
        return new McgPerDay(sum.value().setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
