package org.baclo.pump;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import org.baclo.units.McgPerHour;

/**
 * One period of a flexed prescription: from {@code start} to {@code end} (past midnight
 * allowed) at one rate.
 */
public record FlexPeriod(LocalTime start, LocalTime end, McgPerHour rate) {
    public FlexPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(rate, "rate");
        if (start.equals(end)) {
            throw new IllegalArgumentException("a flexed period must not start and end at the same time");
        }
    }

    public Duration length() {
        Duration d = Duration.between(start, end);
        return d.isNegative() ? d.plusDays(1) : d;
    }
}
