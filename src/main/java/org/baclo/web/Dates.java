package org.baclo.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as pages show them: "Mon 7 Dec 2026", not ISO text. */
final class Dates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    static String day(LocalDate d) {
        return d == null ? "—" : DAY.format(d);
    }

    /**
     * An instant in the patient's zone to the minute: "Mon 7 Dec 2026, 13:07
     * (Europe/London)".
     */
    static String time(Instant t, ZoneId zone) {
        return t == null ? null : DAY.format(t.atZone(zone)) + ", " + MINUTE.format(t.atZone(zone)) + " (" + zone + ")";
    }

}
