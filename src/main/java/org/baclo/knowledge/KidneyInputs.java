package org.baclo.knowledge;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * How kidney inputs are checked and turned into a clearance (BACLOFEN.md §5):
 * plausibility limits of creatinine and CrCl (data-entry checks, A), the low-creatinine
 * and stale-creatinine cautions, the Devine ideal body weight and adjusted weight for
 * Cockcroft–Gault [CG-WT], and the bedside Schwartz constant under {@code adultAge}
 * [SCHWARTZ-2009].
 */
public record KidneyInputs(BigDecimal creatinineMinMgDl, BigDecimal creatinineMaxMgDl, BigDecimal creatinineMinUmolL,
        BigDecimal creatinineMaxUmolL, BigDecimal maxCrclMlMin, BigDecimal lowCreatinineMgDl, Duration creatinineMaxAge,
        List<String> plausibilitySource, int adultAge, BigDecimal idealWeightMaleKg, BigDecimal idealWeightFemaleKg,
        BigDecimal idealWeightPerInchKg, BigDecimal idealWeightBaseInches, BigDecimal adjustedAboveIdealRatio,
        BigDecimal adjustedFactor, List<String> weightSource, BigDecimal schwartzK, List<String> schwartzSource,
        List<String> source, Confidence confidence) implements Sourced {
    public KidneyInputs {
        plausibilitySource = List.copyOf(plausibilitySource);
        weightSource = List.copyOf(weightSource);
        schwartzSource = List.copyOf(schwartzSource);
        source = List.copyOf(source);
    }

    /** The stale limit in whole days. */
    public long creatinineMaxAgeDays() {
        return creatinineMaxAge.toDays();
    }
}
