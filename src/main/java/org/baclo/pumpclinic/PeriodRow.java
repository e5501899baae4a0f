package org.baclo.pumpclinic;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * One period of a stored flexed prescription: from {@code start} to {@code end} (past
 * midnight when the end is before the start) at {@code mcgPerHour}. Times are HH:MM in
 * JSON, as in the requests.
 */
public record PeriodRow(@JsonFormat(pattern = "HH:mm") LocalTime start, @JsonFormat(pattern = "HH:mm") LocalTime end,
        BigDecimal mcgPerHour) {

    public String describe() {
        return start + "–" + end + " " + mcgPerHour.stripTrailingZeros().toPlainString() + " mcg/h";
    }
}
