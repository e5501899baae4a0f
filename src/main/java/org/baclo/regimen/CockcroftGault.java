package org.baclo.regimen;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.baclo.knowledge.KidneyInputs;
import org.baclo.knowledge.RenalRules;
import org.baclo.units.Centimetres;
import org.baclo.units.Kilograms;
import org.baclo.units.MlPerMin;

/**
 * Cockcroft–Gault creatinine clearance, with the constants from dosing.yaml [CG-1976]:
 * CrCl = (ageOffset − age) × weight / (creatinineDivisor × creatinine mg/dL), ×
 * femaleFactor if female. With a height, the weight is the Devine ideal body weight, the
 * actual weight when lower, or the adjusted weight when the actual is above 120% of ideal
 * [CG-WT]; without one, the actual weight (and the calculation says that obesity
 * overestimates CrCl). Under 18 years the bedside Schwartz eGFR is used instead
 * [SCHWARTZ-2009]. Results are rounded <em>down</em> to 0.1 mL/min, so the value shown is
 * the one that decides the renal band and rounding never moves a patient into a milder
 * band.
 */
public final class CockcroftGault {

    private CockcroftGault() {
    }

    /** Cockcroft–Gault on the actual weight (no height known). */
    public static Crcl estimate(RenalRules rules, int ageYears, Sex sex, Kilograms weight, SerumCreatinine scr) {
        return estimate(rules, null, ageYears, sex, weight, Optional.empty(), scr);
    }

    /**
     * Cockcroft–Gault with the weight chosen from the height when {@code inputs} and a
     * height are given.
     */
    public static Crcl estimate(RenalRules rules, KidneyInputs inputs, int ageYears, Sex sex, Kilograms weight,
            Optional<Centimetres> height, SerumCreatinine scr) {
        BigDecimal years = rules.ageOffset().subtract(BigDecimal.valueOf(ageYears));
        if (years.signum() <= 0) {
            throw new InvalidRequestException("ageYears", "Cockcroft–Gault needs an age below "
                    + rules.ageOffset().toPlainString() + " years; got " + ageYears);
        }
        String weightText;
        List<String> source = rules.formulaSource();
        BigDecimal kg = weight.value();
        if (inputs != null && height.isPresent()) {
            BigDecimal ideal = idealWeight(inputs, sex, height.get());
            if (kg.compareTo(ideal) < 0) {
                weightText = weight.format(1) + " (actual weight, below the ideal " + kgText(ideal) + ")";
            }
            else if (kg.compareTo(ideal.multiply(inputs.adjustedAboveIdealRatio())) > 0) {
                BigDecimal adjusted = ideal.add(inputs.adjustedFactor().multiply(kg.subtract(ideal)))
                    .setScale(1, RoundingMode.HALF_UP);
                weightText = kgText(adjusted) + " (adjusted weight: ideal " + kgText(ideal) + " + "
                        + inputs.adjustedFactor().toPlainString() + " × (" + weight.format(1) + " − " + kgText(ideal)
                        + "), height " + height.get().format(0) + ")";
                kg = adjusted;
            }
            else {
                weightText = kgText(ideal) + " (ideal body weight, height " + height.get().format(0) + ")";
                kg = ideal;
            }
            source = Stream.concat(source.stream(), inputs.weightSource().stream()).distinct().toList();
        }
        else {
            weightText = weight.format(1)
                    + (inputs == null ? "" : " (actual weight; no height given: in obesity this overestimates CrCl)");
        }
        BigDecimal mgDl = scr.mgPerDl().value();
        BigDecimal raw = years.multiply(kg).divide(rules.creatinineDivisor().multiply(mgDl), MathContext.DECIMAL64);
        if (sex == Sex.FEMALE) {
            raw = raw.multiply(rules.femaleFactor());
        }
        MlPerMin value = new MlPerMin(raw.setScale(1, RoundingMode.DOWN));
        String creat = scr.mgPerDl().format(3);
        String entered = scr.entered().map(u -> u + " ÷ 88.4 = " + creat + "; ").orElse("");
        String calc = entered + "(" + rules.ageOffset().toPlainString() + " − " + ageYears + " years) × " + weightText
                + " / (" + rules.creatinineDivisor().toPlainString() + " × " + creat + ")"
                + (sex == Sex.FEMALE ? " × " + rules.femaleFactor().toPlainString() + " (female)" : "") + " = "
                + value.format(1);
        return new Crcl(value, Crcl.Method.COCKCROFT_GAULT, calc, source);
    }

    /**
     * Bedside Schwartz eGFR = k × height (cm) / creatinine (mg/dL), mL/min/1.73 m², for
     * under-18s.
     */
    public static Crcl schwartz(KidneyInputs inputs, Centimetres height, SerumCreatinine scr) {
        BigDecimal raw = inputs.schwartzK()
            .multiply(height.value())
            .divide(scr.mgPerDl().value(), MathContext.DECIMAL64);
        MlPerMin value = new MlPerMin(raw.setScale(1, RoundingMode.DOWN));
        String creat = scr.mgPerDl().format(3);
        String entered = scr.entered().map(u -> u + " ÷ 88.4 = " + creat + "; ").orElse("");
        return new Crcl(
                value, Crcl.Method.SCHWARTZ, entered + "bedside Schwartz " + inputs.schwartzK().toPlainString() + " × "
                        + height.format(1) + " / " + creat + " = " + value.format(1) + " (per 1.73 m²)",
                inputs.schwartzSource());
    }

    /**
     * Devine: base (men or women) + per inch over the base height; never below the base.
     */
    static BigDecimal idealWeight(KidneyInputs inputs, Sex sex, Centimetres height) {
        BigDecimal base = sex == Sex.FEMALE ? inputs.idealWeightFemaleKg() : inputs.idealWeightMaleKg();
        BigDecimal over = height.inches().subtract(inputs.idealWeightBaseInches()).max(BigDecimal.ZERO);
        return base.add(inputs.idealWeightPerInchKg().multiply(over)).setScale(1, RoundingMode.HALF_UP);
    }

    private static String kgText(BigDecimal kg) {
        return new Kilograms(kg).format(1);
    }

    /** A measured clearance, reported as it was given. */
    public static Crcl measured(MeasuredCrcl m) {
        return new Crcl(m.value(), Crcl.Method.MEASURED, "measured creatinine clearance " + m.value(), List.of());
    }

}
