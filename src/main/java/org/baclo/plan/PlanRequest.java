package org.baclo.plan;

import static org.baclo.units.InputLimits.DOSE_DECIMALS;
import static org.baclo.units.InputLimits.DOSE_MG_MAX;
import static org.baclo.units.InputLimits.DOSE_MG_MIN;
import static org.baclo.units.InputLimits.DOSE_TIMES_TEXT_MAX;
import static org.baclo.units.InputLimits.ID_TEXT_MAX;
import static org.baclo.units.InputLimits.MAINTENANCE_DAYS_MAX;
import static org.baclo.units.InputLimits.REASON_MAX;
import static org.baclo.units.InputLimits.STEP_DAYS_MAX;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the clinician asks for, from the plan form or the API. Which fields apply depends
 * on {@code kind}:
 * <ul>
 * <li>{@code titrate}: {@code targetMgDay}, optionally {@code currentMgDay};</li>
 * <li>{@code taper}: {@code fromMgDay}, optionally {@code toMgDay} (default 0: stop) and
 * {@code reason};</li>
 * <li>{@code maintain}: {@code doseMgDay} (or, in older requests, {@code currentMgDay})
 * kept for {@code maintenanceDays}, optionally as explicit per-time {@code doses} such as
 * "5,5,10".</li>
 * </ul>
 * Without {@code currentMgDay} (titrate) or {@code fromMgDay} (taper) the plan starts
 * from the dose the patient's active plan gives on its first day, and that change is
 * checked as a step (BACLOFEN.md §4). The options (product, frequency, step, interval,
 * start date, dose times, planning override) are those of {@code baclo plan}.
 * {@code doseTimes} is a comma-separated list such as "08:00,14:00,20:00".
 */
public record PlanRequest(@Size(max = ID_TEXT_MAX, message = "Choose titrate, taper or maintain") String kind,
        @DecimalMin(value = DOSE_MG_MIN, message = DOSE) @DecimalMax(value = DOSE_MG_MAX, message = DOSE) @Digits(
                integer = 4, fraction = DOSE_DECIMALS, message = DECIMALS) BigDecimal targetMgDay,
        @DecimalMin(value = DOSE_MG_MIN, message = DOSE) @DecimalMax(value = DOSE_MG_MAX, message = DOSE) @Digits(
                integer = 4, fraction = DOSE_DECIMALS, message = DECIMALS) BigDecimal currentMgDay,
        @DecimalMin(value = DOSE_MG_MIN, message = DOSE) @DecimalMax(value = DOSE_MG_MAX,
                message = DOSE) @Digits(integer = 4, fraction = DOSE_DECIMALS, message = DECIMALS) BigDecimal fromMgDay,
        @DecimalMin(value = DOSE_MG_MIN, message = DOSE) @DecimalMax(value = DOSE_MG_MAX,
                message = DOSE) @Digits(integer = 4, fraction = DOSE_DECIMALS, message = DECIMALS) BigDecimal toMgDay,
        @Size(max = ID_TEXT_MAX,
                message = "Use a taper reason id of at most " + ID_TEXT_MAX + " characters") String reason,
        @Size(max = ID_TEXT_MAX, message = "Use a product id of at most " + ID_TEXT_MAX + " characters") String product,
        @Size(max = ID_TEXT_MAX, message = "Choose BID, TID or QID") String frequency,
        @DecimalMin(value = DOSE_MG_MIN, message = DOSE) @DecimalMax(value = DOSE_MG_MAX,
                message = DOSE) @Digits(integer = 4, fraction = DOSE_DECIMALS, message = DECIMALS) BigDecimal stepMg,
        @Min(value = 1, message = STEP_DAYS) @Max(value = STEP_DAYS_MAX, message = STEP_DAYS) Integer intervalDays,
        LocalDate startDate,
        @Size(max = DOSE_TIMES_TEXT_MAX,
                message = "List the dose times in at most " + DOSE_TIMES_TEXT_MAX + " characters") String doseTimes,
        @Min(value = 1, message = DAYS) @Max(value = MAINTENANCE_DAYS_MAX, message = DAYS) Integer maintenanceDays,
        @Size(max = REASON_MAX, message = "Give the reason in at most " + REASON_MAX + " characters") String override,
        @DecimalMin(value = DOSE_MG_MIN, message = DOSE) @DecimalMax(value = DOSE_MG_MAX,
                message = DOSE) @Digits(integer = 4, fraction = DOSE_DECIMALS, message = DECIMALS) BigDecimal doseMgDay,
        @Size(max = DOSE_TIMES_TEXT_MAX,
                message = "List the doses in at most " + DOSE_TIMES_TEXT_MAX + " characters") String doses) {

    private static final String DOSE = "Give a dose from " + DOSE_MG_MIN + " to " + DOSE_MG_MAX + " mg";

    private static final String DECIMALS = "Give the dose with at most " + DOSE_DECIMALS + " decimals";

    private static final String STEP_DAYS = "Give 1 to " + STEP_DAYS_MAX + " days per step";

    private static final String DAYS = "Give 1 to " + MAINTENANCE_DAYS_MAX + " days";

    /** Without the maintain dose and explicit doses. */
    public PlanRequest(String kind, BigDecimal targetMgDay, BigDecimal currentMgDay, BigDecimal fromMgDay,
            BigDecimal toMgDay, String reason, String product, String frequency, BigDecimal stepMg,
            Integer intervalDays, LocalDate startDate, String doseTimes, Integer maintenanceDays, String override) {
        this(kind, targetMgDay, currentMgDay, fromMgDay, toMgDay, reason, product, frequency, stepMg, intervalDays,
                startDate, doseTimes, maintenanceDays, override, null, null);
    }

    /**
     * This request with the current dose set (the builder's start from the active plan).
     */
    public PlanRequest withCurrentMgDay(BigDecimal current) {
        return new PlanRequest(kind, targetMgDay, current, fromMgDay, toMgDay, reason, product, frequency, stepMg,
                intervalDays, startDate, doseTimes, maintenanceDays, override, doseMgDay, doses);
    }

    /** The form's starting values. */
    public static PlanRequest blank() {
        return new PlanRequest("titrate", null, null, null, null, "routine", "tablet", null, null, null, null, null,
                null, null);
    }
}
