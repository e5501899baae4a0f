package org.baclo.pumpclinic;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored pump prescription, in force from {@code validFrom}: {@code mode} is
 * {@code continuous} or {@code flexed}; a flexed one has its periods (round the day) and
 * {@code doseMcgDay} is their sum.
 */
public record PrescriptionRow(long id, LocalDateTime validFrom, BigDecimal concentrationMcgMl, BigDecimal doseMcgDay,
        String mode, List<PeriodRow> periods, String reason, String findings, String recordedBy) {

    public static final String CONTINUOUS = "continuous";

    public static final String FLEXED = "flexed";

    public PrescriptionRow {
        periods = List.copyOf(periods);
    }

    public boolean flexed() {
        return FLEXED.equals(mode);
    }

    /**
     * The prescription as one line, e.g. "400 mcg/day" or "flexed 00:00–06:00 10 mcg/h,
     * …".
     */
    public String describe() {
        String dose = doseMcgDay.stripTrailingZeros().toPlainString() + " mcg/day";
        if (!flexed()) {
            return dose;
        }
        return dose + " flexed: " + String.join("; ", periods.stream().map(PeriodRow::describe).toList());
    }
}
