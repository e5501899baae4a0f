package org.baclo.units;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The plausibility limits of typed input, declared once and used by the CLI, the API's
 * Bean Validation annotations (which must be compile-time constants, hence the strings)
 * and the pages. They keep typing errors and hostile values out; they are not clinical
 * rules (those live in the knowledge files with their sources, and the safety rules flag
 * a dose above the label maximum that these limits still let through). Decimals allowed
 * per value match what is stored, so nothing is rounded silently.
 */
public final class InputLimits {

    private InputLimits() {
    }

    /** Age in whole years (issue 3's bad-input rule). */
    public static final int AGE_YEARS_MIN = 0;

    public static final int AGE_YEARS_MAX = 120;

    /** Body weight in kg (issue 3's bad-input rule), at most 2 decimals. */
    public static final String WEIGHT_KG_MIN = "2";

    public static final String WEIGHT_KG_MAX = "400";

    public static final int WEIGHT_KG_DECIMALS = 2;

    /**
     * Body height in cm, at most 1 decimal: a data-entry plausibility check, like the age
     * and weight limits (the command line's {@code --height-cm}, the patient record).
     */
    public static final String HEIGHT_CM_MIN = "30";

    public static final String HEIGHT_CM_MAX = "272";

    public static final int HEIGHT_CM_DECIMALS = 1;

    /**
     * Serum creatinine as a laboratory reports it, at most 3 decimals (mg/dL, or µmol/L ≈
     * 88.4 × mg/dL).
     */
    public static final String CREATININE_MG_DL_MIN = "0.05";

    public static final String CREATININE_MG_DL_MAX = "40";

    public static final String CREATININE_UMOL_L_MIN = "4";

    public static final String CREATININE_UMOL_L_MAX = "3500";

    public static final int CREATININE_DECIMALS = 3;

    /** A measured creatinine clearance in mL/min, at most 1 decimal. */
    public static final String CRCL_ML_MIN_MIN = "0";

    public static final String CRCL_ML_MIN_MAX = "500";

    public static final int CRCL_DECIMALS = 1;

    /** A creatinine clearance typed as a simulation covariate, in mL/min. */
    public static final String SIMULATION_CRCL_ML_MIN_MAX = "300";

    /**
     * A typed oral dose in mg (a daily total, a step): far above any labelled maximum so
     * that the safety rules, not the input check, judge the dose; at most 3 decimals.
     */
    public static final String DOSE_MG_MIN = "0";

    public static final String DOSE_MG_MAX = "1000";

    public static final int DOSE_DECIMALS = 3;

    /** Days between titration steps, and days kept at a dose. */
    public static final int STEP_DAYS_MAX = 365;

    public static final int MAINTENANCE_DAYS_MAX = 3650;

    /** Text: names, identifiers, free-text reasons. */
    public static final int NAME_MAX = 200;

    public static final int ID_TEXT_MAX = 60;

    public static final int USERNAME_MAX = 100;

    public static final int TOKEN_NAME_MAX = 100;

    public static final int REASON_MAX = 1000;

    public static final int DOSE_TIMES_TEXT_MAX = 200;

    /** Lists: co-medications and conditions of a patient, members of a care team. */
    public static final int LIST_MAX = 50;

    public static final int TEAM_MEMBERS_MAX = 500;

    /** The earliest date any input may name (a birth, a laboratory result). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    /** How far ahead of today a plan may start. */
    public static final int PLAN_START_YEARS_AHEAD = 5;

    public static final BigDecimal MIN_WEIGHT_KG = new BigDecimal(WEIGHT_KG_MIN);

    public static final BigDecimal MAX_WEIGHT_KG = new BigDecimal(WEIGHT_KG_MAX);

    public static final BigDecimal MAX_DOSE_MG = new BigDecimal(DOSE_MG_MAX);

    /**
     * True when {@code v} has no more than {@code decimals} digits after the point
     * (trailing zeros ignored).
     */
    public static boolean hasAtMostDecimals(BigDecimal v, int decimals) {
        return v.stripTrailingZeros().scale() <= decimals;
    }

    /**
     * True when {@code d} lies between {@link #EARLIEST_DATE} and {@code latest}, both
     * included.
     */
    public static boolean isPlausible(LocalDate d, LocalDate latest) {
        return !d.isBefore(EARLIEST_DATE) && !d.isAfter(latest);
    }

}
