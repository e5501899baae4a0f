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

/** What both planners need: the product's dose maker, frequency and dose times, steps on the product's grid. */
final class PlanSupport {
    private final Knowledge k;
    private final Clock clock;

    PlanSupport(Knowledge k, Clock clock) {
        this.k = k;
        this.clock = clock;
    }

    Knowledge knowledge() {
        return k;
    }

    DoseMaker maker(String productId) {
        OralProduct p = k.oralProduct(productId).orElseThrow(() -> new InvalidRequestException("product",
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

    /** The chosen dose times, or the defaults for {@code f} (dosing.yaml: defaultDoseTimes, bidDoseTimes, qidExtraTime). */
    List<LocalTime> doseTimes(PlanOptions o, Frequency f) {
        if (!o.doseTimes().isEmpty()) {
            List<LocalTime> t = o.doseTimes();
            if (t.size() != f.dosesPerDay()) {
                throw new InvalidRequestException("doseTimes", f + " needs " + f.dosesPerDay() + " dose times; got "
                        + t.size());
            }
            for (int i = 1; i < t.size(); i++) {
                if (!t.get(i).isAfter(t.get(i - 1))) {
                    throw new InvalidRequestException("doseTimes", "times must rise through the day; " + t.get(i)
                            + " follows " + t.get(i - 1));
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
            case QID -> {
                out.addAll(oral.defaultDoseTimes());
                out.add(oral.qidExtraTime());
            }
            default -> throw new InvalidRequestException("frequency", "no default dose times for " + f);
        }
        out.sort(null);
        if (out.size() != f.dosesPerDay()) {
            throw new IllegalStateException("dosing.yaml has " + out.size() + " default times for " + f);
        }
        return out;
    }

    LocalDate startDate(PlanOptions o, PatientContext c) {
        return o.startDate().orElseGet(() -> LocalDate.now(clock.withZone(c.zone())));
    }

    /** A chosen step must be a whole number of the product's grid, e.g. 2.5 mg steps for tablets. */
    static Milligrams checkStep(Milligrams step, DoseMaker maker) {
        BigDecimal grid = maker.grid().value();
        if (step.value().remainder(grid).signum() != 0) {
            BigDecimal down = step.value().divide(grid, 0, RoundingMode.FLOOR).multiply(grid);
            BigDecimal up = down.add(grid);
            throw new InvalidRequestException("stepMg", step + " is not a whole number of the " + maker.grid()
                    + " steps " + maker.describe() + " can make; nearest: "
                    + (down.signum() > 0 ? new Milligrams(down) + ", " : "") + new Milligrams(up));
        }
        return step;
    }

    /** {@code value} rounded down to the product's grid; zero when below one grid step. */
    static Milligrams floorToGrid(Milligrams value, DoseMaker maker) {
        BigDecimal grid = maker.grid().value();
        return new Milligrams(value.value().divide(grid, 0, RoundingMode.FLOOR).multiply(grid));
    }

    /** {@code daily} divided into {@code n}, rounded down (6 decimals). */
    static Milligrams perDose(Milligrams daily, int n) {
        return new Milligrams(daily.value().divide(BigDecimal.valueOf(n), 6, RoundingMode.DOWN));
    }

    /**
     * {@code daily} split into {@code n} equal doses the product can make.
     *
     * @throws InvalidRequestException naming {@code field} and the nearest daily doses that can be split so
     */
    static Milligrams evenSplit(String field, Milligrams daily, int n, DoseMaker maker, String frequency) {
        Milligrams each = perDose(daily, n);
        if (each.isGreaterThan(maker.largest())) {
            throw new InvalidRequestException(field, "too large: Baclo makes single doses of up to " + maker.largest()
                    + " from " + maker.product().id());
        }
        if (each.times(n).compareTo(daily) == 0 && maker.canMake(each)) {
            return each;
        }
        List<String> nearest = new ArrayList<>();
        maker.floor(each).ifPresent(f -> nearest.add(f.times(n) + "/day (" + f + " × " + n + ")"));
        Milligrams up = maker.ceil(each);
        if (up.times(n).compareTo(daily) <= 0) {
            up = maker.ceil(up.plus(maker.grid()));
        }
        nearest.add(up.times(n) + "/day (" + up + " × " + n + ")");
        throw new InvalidRequestException(field, daily + "/day cannot be split into " + n + " equal doses ("
                + frequency + ") that " + maker.describe() + " can make; nearest possible: "
                + String.join(" or ", nearest));
    }

    static List<Dose> doses(Milligrams perDose, List<LocalTime> times, DoseMaker maker, String field) {
        ProductAmount amount = maker.make(perDose, field);
        return times.stream().map(t -> new Dose(t, amount)).toList();
    }

    /**
     * Dated steps for per-dose amounts, {@code interval} days apart; the last lasts {@code lastDays}. A zero
     * amount becomes a one-day stop step.
     */
    static List<Step> steps(List<Milligrams> perDose, List<Integer> intervals, int lastDays, LocalDate start,
            List<LocalTime> times, DoseMaker maker) {
        List<Step> out = new ArrayList<>();
        LocalDate day = start;
        for (int i = 0; i < perDose.size(); i++) {
            Milligrams p = perDose.get(i);
            boolean last = i == perDose.size() - 1;
            int len = p.isZero() ? 1 : last ? lastDays : intervals.get(i);
            List<Dose> doses = p.isZero() ? List.of() : doses(p, times, maker, "dose");
            out.add(new Step(day, day.plusDays(len - 1L), p.times(times.size()), doses));
            day = day.plusDays(len);
        }
        return out;
    }

    static Optional<AppliedRule> overrideRule(PlanOptions o) {
        return o.override().map(r -> new AppliedRule("Clinician override: " + r, List.of("BACLO-A")));
    }
}
