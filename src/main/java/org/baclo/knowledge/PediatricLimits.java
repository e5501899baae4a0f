package org.baclo.knowledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.baclo.units.Kilograms;
import org.baclo.units.Milligrams;

/**
 * The ceiling of a child's oral plan with a clinician override (BACLOFEN.md §3): the
 * lower of about {@code perKgDaily} × weight [POPPK-PED] and the age ceiling [TX-VDP].
 * Product default (A).
 */
public record PediatricLimits(Milligrams perKgDaily, List<String> perKgSource, List<AgeCeiling> ceilings,
        List<String> ceilingSource, List<String> source, Confidence confidence) implements Sourced {

    public PediatricLimits {
        perKgSource = List.copyOf(perKgSource);
        ceilings = List.copyOf(ceilings);
        ceilingSource = List.copyOf(ceilingSource);
        source = List.copyOf(source);
    }

    /** A daily ceiling for ages {@code minAge}–{@code maxAge} years, both inclusive. */
    public record AgeCeiling(int minAge, int maxAge, Milligrams maxDaily) {
    }

    public Optional<AgeCeiling> ceilingFor(int ageYears) {
        return ceilings.stream().filter(c -> ageYears >= c.minAge() && ageYears <= c.maxAge()).findFirst();
    }

    /** perKgDaily × weight, rounded down to 0.1 mg. */
    public Milligrams weightCap(Kilograms weight) {
        return new Milligrams(perKgDaily.value().multiply(weight.value()).setScale(1, RoundingMode.DOWN));
    }
}
