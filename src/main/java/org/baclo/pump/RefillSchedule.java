package org.baclo.pump;

import java.time.LocalDate;
import java.util.List;
import org.baclo.safety.Finding;
import org.baclo.units.MlPerDay;

/**
 * The dates of one fill (BACLOFEN.md §10 arithmetic): low-reservoir alarm, empty,
 * stability limit (fill + 180 days) and refill due (the earlier of the alarm date minus
 * the clinic buffer and the stability limit).
 */
public record RefillSchedule(MlPerDay dailyVolume, LocalDate alarmDate, LocalDate emptyDate,
        LocalDate stabilityLimitDate, LocalDate refillDueDate, List<Finding> findings) {
    public RefillSchedule {
        findings = List.copyOf(findings);
    }
}
