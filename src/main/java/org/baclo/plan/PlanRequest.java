package org.baclo.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the clinician asks for, from the plan form or the API. Which fields apply depends on {@code kind}:
 * <ul>
 *   <li>{@code titrate}: {@code targetMgDay}, optionally {@code currentMgDay};</li>
 *   <li>{@code taper}: {@code fromMgDay}, optionally {@code toMgDay} (default 0: stop) and {@code reason};</li>
 *   <li>{@code maintain}: {@code currentMgDay} kept for {@code maintenanceDays}.</li>
 * </ul>
 * The options (product, frequency, step, interval, start date, dose times, planning override) are those of
 * {@code baclo plan}. {@code doseTimes} is a comma-separated list such as "08:00,14:00,20:00".
 */
public record PlanRequest(String kind, BigDecimal targetMgDay, BigDecimal currentMgDay, BigDecimal fromMgDay,
        BigDecimal toMgDay, String reason, String product, String frequency, BigDecimal stepMg, Integer intervalDays,
        LocalDate startDate, String doseTimes, Integer maintenanceDays, String override) {

    /** The form's starting values. */
    public static PlanRequest blank() {
        return new PlanRequest("titrate", null, null, null, null, "routine", "tablet", null, null, null, null, null,
                null, null);
    }
}
