package org.baclo.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as pages show them: "Mon 7 Dec 2026", not ISO text. */
final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    static String day(LocalDate d) {
        return d == null ? "—" : DAY.format(d);
    }
}
