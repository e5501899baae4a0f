package org.baclo.regimen;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.baclo.knowledge.RenalRules;
import org.baclo.units.Kilograms;
import org.baclo.units.MlPerMin;

/**
 * Cockcroft–Gault creatinine clearance, with the constants from dosing.yaml [CG-1976]:
 * CrCl = (ageOffset − age) × weight / (creatinineDivisor × creatinine mg/dL), × femaleFactor if female.
 * The result is rounded <em>down</em> to 0.1 mL/min, so the value shown is the one that decides the renal band
 * and rounding never moves a patient into a milder band.
 */
public final class CockcroftGault {
    private CockcroftGault() {
    }

    public static Crcl estimate(RenalRules rules, int ageYears, Sex sex, Kilograms weight, SerumCreatinine scr) {
        BigDecimal years = rules.ageOffset().subtract(BigDecimal.valueOf(ageYears));
        if (years.signum() <= 0) {
            throw new InvalidRequestException("ageYears", "Cockcroft–Gault needs an age below "
                    + rules.ageOffset().toPlainString() + " years; got " + ageYears);
        }
        BigDecimal mgDl = scr.mgPerDl().value();
        BigDecimal raw = years.multiply(weight.value())
                .divide(rules.creatinineDivisor().multiply(mgDl), MathContext.DECIMAL64);
        if (sex == Sex.FEMALE) {
            raw = raw.multiply(rules.femaleFactor());
        }
        MlPerMin value = new MlPerMin(raw.setScale(1, RoundingMode.DOWN));
        return new Crcl(value, Crcl.Method.COCKCROFT_GAULT, calculation(rules, ageYears, sex, weight, scr, value),
                rules.formulaSource());
    }

    /** A measured clearance, reported as it was given. */
    public static Crcl measured(MeasuredCrcl m) {
        return new Crcl(m.value(), Crcl.Method.MEASURED, "measured creatinine clearance " + m.value(),
                List.of());
    }

    private static String calculation(RenalRules rules, int age, Sex sex, Kilograms weight, SerumCreatinine scr,
            MlPerMin value) {
        String creat = scr.mgPerDl().format(3);
        String entered = scr.entered().map(u -> u + " ÷ 88.4 = " + creat + "; ").orElse("");
        return entered + "(" + rules.ageOffset().toPlainString() + " − " + age + " years) × " + weight.format(1)
                + " / (" + rules.creatinineDivisor().toPlainString() + " × " + creat + ")"
                + (sex == Sex.FEMALE ? " × " + rules.femaleFactor().toPlainString() + " (female)" : "")
                + " = " + value.format(1);
    }
}
