package org.baclo.cli;

import java.math.BigDecimal;
import org.baclo.units.InputLimits;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The Cockcroft–Gault inputs (age, sex, weight, a serum creatinine), for the patient
 * context and {@code crcl}.
 */
final class CockcroftGaultOptions {

    @Option(names = "--age", paramLabel = "YEARS",
            description = "Age in whole years (" + InputLimits.AGE_YEARS_MIN + "–" + InputLimits.AGE_YEARS_MAX + ").")
    Integer age;

    @Option(names = "--sex", paramLabel = "male|female", description = "Sex (for Cockcroft–Gault).")
    String sex;

    @Option(names = "--weight-kg", paramLabel = "KG",
            description = "Body weight in kg (" + InputLimits.WEIGHT_KG_MIN + "–" + InputLimits.WEIGHT_KG_MAX + ").")
    BigDecimal weightKg;

    /**
     * One serum creatinine, in one unit (picocli refuses both with a usage error, exit
     * 2).
     */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Creatinine creatinine;

    static final class Creatinine {

        @Option(names = "--creatinine-mg-dl", paramLabel = "X", description = "Serum creatinine in mg/dL.")
        BigDecimal mgDl;

        @Option(names = "--creatinine-umol-l", paramLabel = "X", description = "Serum creatinine in µmol/L.")
        BigDecimal umolL;

    }

    @Option(names = "--height-cm", paramLabel = "CM", description = "Height in cm (30–272): Cockcroft–Gault then uses"
            + " the ideal or adjusted body weight; under 18 it is needed for the bedside Schwartz eGFR.")
    BigDecimal heightCm;

    BigDecimal creatinineMgDl() {
        return creatinine == null ? null : creatinine.mgDl;
    }

    BigDecimal creatinineUmolL() {
        return creatinine == null ? null : creatinine.umolL;
    }

    boolean anyGiven() {
        return age != null || sex != null || weightKg != null || creatinine != null || heightCm != null;
    }

}
