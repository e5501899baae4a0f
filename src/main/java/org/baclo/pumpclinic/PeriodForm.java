package org.baclo.pumpclinic;

import java.math.BigDecimal;

/**
 * One period of a flexed prescription as typed: {@code start} and {@code end} as HH:MM
 * (24-hour clock; an end before the start runs past midnight; 24:00 is midnight) and the
 * rate in mcg/h.
 */
public record PeriodForm(String start, String end, BigDecimal mcgPerHour) {
}
