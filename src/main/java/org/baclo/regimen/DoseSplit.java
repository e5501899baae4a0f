package org.baclo.regimen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.baclo.units.Milligrams;

/**
 * A daily dose split into doses the product can make, each at most the single-dose
 * maximum (BACLOFEN.md §3, split rule A): evenly when possible; otherwise unevenly, the
 * larger doses later in the day (night-time spasms are common), in whole units of the
 * label's step per dose (5 mg: 20 mg TID is 5 + 5 + 10 mg) or, failing that, of the
 * product's grid.
 */
public final class DoseSplit {

    private DoseSplit() {
    }

    /**
     * The doses of {@code daily} at {@code n} a day, earliest first; empty when no split
     * fits.
     */
    public static Optional<List<Milligrams>> split(Milligrams daily, int n, DoseMaker maker, Milligrams maxSingle,
            Milligrams preferredUnit) {
        if (daily.isZero() || n < 1) {
            return Optional.empty();
        }
        Milligrams each = PlanSupport.perDose(daily, n);
        if (each.isGreaterThan(maker.largest())) {
            return Optional.empty();
        }
        if (each.times(n).compareTo(daily) == 0 && maker.canMake(each) && !each.isGreaterThan(maxSingle)) {
            return Optional.of(Collections.nCopies(n, each));
        }
        for (Milligrams unit : List.of(preferredUnit, maker.grid())) {
            Optional<List<Milligrams>> s = inUnits(daily, n, unit, maker, maxSingle);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<Milligrams>> inUnits(Milligrams daily, int n, Milligrams unit, DoseMaker maker,
            Milligrams maxSingle) {
        if (unit.isZero() || daily.value().remainder(unit.value()).signum() != 0) {
            return Optional.empty();
        }
        long units = daily.value().divide(unit.value(), 0, RoundingMode.UNNECESSARY).longValueExact();
        if (units < n) {
            return Optional.empty();
        }
        long base = units / n;
        long rem = units % n;
        List<Milligrams> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Milligrams d = unit.times(BigDecimal.valueOf(base + (i >= n - rem ? 1 : 0)));
            if (d.isGreaterThan(maxSingle) || !maker.canMake(d)) {
                return Optional.empty();
            }
            out.add(d);
        }
        return Optional.of(List.copyOf(out));
    }

    /**
     * The split, or an error naming {@code field} with the nearest daily doses that can
     * be split, never above {@code cap} (issue 9: suggestions never above a cap).
     */
    public static List<Milligrams> require(String field, Milligrams daily, int n, String frequency, DoseMaker maker,
            Milligrams maxSingle, Milligrams preferredUnit, Milligrams cap) {
        if (PlanSupport.perDose(daily, n).isGreaterThan(maker.largest())) {
            throw new InvalidRequestException(field, "too large: Baclo makes single doses of up to " + maker.largest()
                    + " from " + maker.product().id());
        }
        Optional<List<Milligrams>> s = split(daily, n, maker, maxSingle, preferredUnit);
        if (s.isPresent()) {
            return s.get();
        }
        Milligrams highest = Milligrams.min(cap, maxSingle.times(n));
        List<String> nearest = new ArrayList<>();
        below(daily, n, maker, maxSingle, preferredUnit).ifPresent(b -> nearest.add(b + "/day"));
        above(daily, n, maker, maxSingle, preferredUnit, highest).ifPresent(a -> nearest.add(a + "/day"));
        String why = daily.isGreaterThan(highest) ? " (at most " + highest + "/day: " + maxSingle + " per dose"
                + (cap.isLessThan(maxSingle.times(n)) ? ", cap " + cap + "/day" : "") + ")" : "";
        throw new InvalidRequestException(field,
                daily + "/day cannot be split into " + n + " doses (" + frequency + ") that " + maker.describe()
                        + " can make" + why
                        + (nearest.isEmpty() ? "" : "; nearest possible: " + String.join(" or ", nearest)));
    }

    private static Optional<Milligrams> below(Milligrams daily, int n, DoseMaker maker, Milligrams maxSingle,
            Milligrams unit) {
        Milligrams g = maker.grid();
        Milligrams d = PlanSupport.floorToGrid(Milligrams.min(daily, maxSingle.times(n)), maker);
        for (int i = 0; i < 10_000 && !d.isZero(); i++, d = d.minus(g)) {
            if (d.compareTo(daily) != 0 && split(d, n, maker, maxSingle, unit).isPresent()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Optional<Milligrams> above(Milligrams daily, int n, DoseMaker maker, Milligrams maxSingle,
            Milligrams unit, Milligrams highest) {
        Milligrams g = maker.grid();
        Milligrams d = PlanSupport.floorToGrid(daily, maker).plus(g);
        for (int i = 0; i < 10_000 && !d.isGreaterThan(highest); i++, d = d.plus(g)) {
            if (split(d, n, maker, maxSingle, unit).isPresent()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

}
