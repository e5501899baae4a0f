package org.baclo.regimen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.OralDosing;
import org.baclo.knowledge.OralProduct;
import org.baclo.units.Milligrams;

/**
 * What both planners need: the product's dose maker, frequency and dose times, steps on
 * the product's grid.
 */
final class PlanSupport {

    private final Knowledge k;

    private final Clock clock;

    PlanSupport(Knowledge k, Clock clock) {
        this.k = k;
        this.clock = clock;
    }

    /**
     * Support for reading a regimen whose dates are all given: there is no "today" to
     * default to.
     */
    PlanSupport(Knowledge k) {
        this(k, null);
    }

    Knowledge knowledge() {
        return k;
    }

    DoseMaker maker(String productId) {
        OralProduct p = k.oralProduct(productId)
            .orElseThrow(() -> new InvalidRequestException("product",
                    "unknown product '" + productId + "'; allowed: " + productIds(k)));
        return DoseMaker.of(p, k.dosing().rounding());
    }

    static String productIds(Knowledge k) {
        return k.oralProducts().stream().map(OralProduct::id).collect(Collectors.joining(", "));
    }

    Frequency checkFrequency(Frequency f) {
        List<Frequency> allowed = k.dosing().oral().frequencies();
        if (!allowed.contains(f)) {
            throw new InvalidRequestException("frequency", "unknown frequency '" + f + "'; allowed: "
                    + allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return f;
    }

    /**
     * The chosen dose times, or the defaults for {@code f} (dosing.yaml:
     * defaultDoseTimes, bidDoseTimes, qidExtraTime).
     */
    List<LocalTime> doseTimes(PlanOptions o, Frequency f) {
        if (!o.doseTimes().isEmpty()) {
            List<LocalTime> t = o.doseTimes();
            if (t.size() != f.dosesPerDay()) {
                throw new InvalidRequestException("doseTimes",
                        f + " needs " + f.dosesPerDay() + " dose times; got " + t.size());
            }
            for (int i = 1; i < t.size(); i++) {
                if (!t.get(i).isAfter(t.get(i - 1))) {
                    throw new InvalidRequestException("doseTimes",
                            "times must rise through the day; " + t.get(i) + " follows " + t.get(i - 1));
                }
            }
            return t;
        }
        return defaultTimes(k.dosing().oral(), f);
    }

    static List<LocalTime> defaultTimes(OralDosing oral, Frequency f) {
        List<LocalTime> out = new ArrayList<>();
        switch (f) {
            case BID -> out.addAll(oral.bidDoseTimes());
            case TID -> out.addAll(oral.defaultDoseTimes());
            case QID -> out.addAll(oral.qidDoseTimes());
            default -> throw new InvalidRequestException("frequency", "no default dose times for " + f);
        }
        out.sort(null);
        if (out.size() != f.dosesPerDay()) {
            throw new IllegalStateException("dosing.yaml has " + out.size() + " default times for " + f);
        }
        return out;
    }

    LocalDate startDate(PlanOptions o, PatientContext c) {
        return o.startDate().orElseGet(() -> {
            if (clock == null) {
                throw new IllegalStateException("no clock: this plan support reads regimens with given dates");
            }
            return LocalDate.now(clock.withZone(c.zone()));
        });
    }

    /**
     * A chosen step must be a whole number of the product's grid, e.g. 2.5 mg steps for
     * tablets.
     */
    static Milligrams checkStep(Milligrams step, DoseMaker maker) {
        BigDecimal grid = maker.grid().value();
        if (step.value().remainder(grid).signum() != 0) {
            BigDecimal down = step.value().divide(grid, 0, RoundingMode.FLOOR).multiply(grid);
            BigDecimal up = down.add(grid);
            throw new InvalidRequestException("stepMg",
                    step + " is not a whole number of the " + maker.grid() + " steps " + maker.describe()
                            + " can make; nearest: " + (down.signum() > 0 ? new Milligrams(down) + ", " : "")
                            + new Milligrams(up));
        }
        return step;
    }

    /**
     * {@code value} rounded down to the product's grid; zero when below one grid step.
     */
    static Milligrams floorToGrid(Milligrams value, DoseMaker maker) {
        BigDecimal grid = maker.grid().value();
        return new Milligrams(value.value().divide(grid, 0, RoundingMode.FLOOR).multiply(grid));
    }

    /** {@code daily} divided into {@code n}, rounded down (6 decimals). */
    static Milligrams perDose(Milligrams daily, int n) {
        return new Milligrams(daily.value().divide(BigDecimal.valueOf(n), 6, RoundingMode.DOWN));
    }

    /**
     * The doses of one day at {@code f}: split by {@link DoseSplit} (evenly, else the
     * larger doses later); a QID day that cannot be split in four (granules at 15 mg/day)
     * is given as TID. Empty when neither fits.
     */
    static Optional<List<Milligrams>> splitDay(Milligrams daily, Frequency f, DoseMaker maker, Milligrams maxSingle,
            Milligrams unit) {
        Optional<List<Milligrams>> s = DoseSplit.split(daily, f.dosesPerDay(), maker, maxSingle, unit);
        if (s.isEmpty() && f == Frequency.QID) {
            s = DoseSplit.split(daily, Frequency.TID.dosesPerDay(), maker, maxSingle, unit);
        }
        return s;
    }

    /**
     * Times for {@code n} doses a day: the chosen ones when they are {@code n}, else the
     * defaults.
     */
    List<LocalTime> timesFor(PlanOptions o, int n) {
        if (o.doseTimes().size() == n) {
            return doseTimes(o, frequencyOf(n));
        }
        return defaultTimes(k.dosing().oral(), frequencyOf(n));
    }

    static Frequency frequencyOf(int n) {
        for (Frequency f : Frequency.values()) {
            if (f.dosesPerDay() == n) {
                return f;
            }
        }
        throw new IllegalArgumentException("no frequency with " + n + " doses a day");
    }

    /** Dose amounts at the given times. */
    static List<Dose> doses(List<Milligrams> amounts, List<LocalTime> times, DoseMaker maker, String field) {
        List<Dose> out = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            out.add(new Dose(times.get(i), maker.make(amounts.get(i), field)));
        }
        return out;
    }

    /**
     * Dated steps for daily amounts, each split by {@link #splitDay} at its frequency and
     * given its frequency's times; {@code intervals.get(i)} days long, the last
     * {@code lastDays}; 0 is a one-day stop step.
     */
    List<Step> dailySteps(List<Milligrams> daily, List<Frequency> freqs, List<Integer> intervals, int lastDays,
            LocalDate start, PlanOptions o, DoseMaker maker, Milligrams maxSingle, Milligrams unit) {
        List<Step> out = new ArrayList<>();
        LocalDate day = start;
        for (int i = 0; i < daily.size(); i++) {
            Milligrams d = daily.get(i);
            boolean last = i == daily.size() - 1;
            int len = d.isZero() ? 1 : last ? lastDays : intervals.get(i);
            List<Dose> doses = List.of();
            if (!d.isZero()) {
                List<Milligrams> amounts = splitDay(d, freqs.get(i), maker, maxSingle, unit)
                    .orElseThrow(() -> new IllegalStateException("no split of " + d));
                doses = doses(amounts, timesFor(o, amounts.size()), maker, "dose");
            }
            out.add(new Step(day, day.plusDays(len - 1L), d, doses));
            day = day.plusDays(len);
        }
        return out;
    }

    /** Whether any step's doses differ from each other (an uneven split). */
    static boolean uneven(List<Step> steps) {
        return steps.stream().anyMatch(s -> s.doses().stream().map(Dose::mg).distinct().count() > 1);
    }

    static Optional<AppliedRule> overrideRule(PlanOptions o) {
        return o.override().map(r -> new AppliedRule("Clinician override: " + r, List.of("BACLO-A")));
    }

}
