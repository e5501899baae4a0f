package org.baclo.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the clinician asks for, from the plan form or the API. Which fields apply depends on {@code kind}:
 * <ul>
 *   <li>{@code titrate}: {@code targetMgDay}, optionally {@code currentMgDay};</li>
 *   <li>{@code taper}: {@code fromMgDay}, optionally {@code toMgDay} (default 0: stop) and {@code reason};</li>
 *   <li>{@code maintain}: {@code doseMgDay} (or, in older requests, {@code currentMgDay}) kept for
 *   {@code maintenanceDays}, optionally as explicit per-time {@code doses} such as "5,5,10".</li>
 * </ul>
 * Without {@code currentMgDay} (titrate) or {@code fromMgDay} (taper) the plan starts from the dose the patient's
 * active plan gives on its first day, and that change is checked as a step (BACLOFEN.md §4).
 * The options (product, frequency, step, interval, start date, dose times, planning override) are those of
 * {@code baclo plan}. {@code doseTimes} is a comma-separated list such as "08:00,14:00,20:00".
 */
public record PlanRequest(String kind, BigDecimal targetMgDay, BigDecimal currentMgDay, BigDecimal fromMgDay,
        BigDecimal toMgDay, String reason, String product, String frequency, BigDecimal stepMg, Integer intervalDays,
        LocalDate startDate, String doseTimes, Integer maintenanceDays, String override, BigDecimal doseMgDay,
        String doses) {

    /** Without the maintain dose and explicit doses. */
    public PlanRequest(String kind, BigDecimal targetMgDay, BigDecimal currentMgDay, BigDecimal fromMgDay,
            BigDecimal toMgDay, String reason, String product, String frequency, BigDecimal stepMg,
            Integer intervalDays, LocalDate startDate, String doseTimes, Integer maintenanceDays, String override) {
        this(kind, targetMgDay, currentMgDay, fromMgDay, toMgDay, reason, product, frequency, stepMg, intervalDays,
                startDate, doseTimes, maintenanceDays, override, null, null);
    }

    /** This request with the current dose set (the builder's start from the active plan). */
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
