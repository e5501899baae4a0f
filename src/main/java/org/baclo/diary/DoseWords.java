package org.baclo.diary;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.baclo.regimen.Dose;
import org.baclo.regimen.Step;

/**
 * Plain-language wording of doses for the patient's pages ("15 mg three times a day").
 */
final class DoseWords {

    private static final String[] TIMES = { "", "once a day", "twice a day", "three times a day", "four times a day" };

    private DoseWords() {
    }

    /**
     * A step's doses in words: "15 mg three times a day", or each dose with its time when
     * they differ.
     */
    static String step(Step s) {
        if (s.isStop()) {
            return "no baclofen (the plan stops)";
        }
        List<Dose> doses = s.doses();
        boolean same = doses.stream().map(d -> d.mg().value().stripTrailingZeros()).distinct().count() == 1;
        if (same && doses.size() < TIMES.length) {
            return doses.get(0).mg() + " " + TIMES[doses.size()] + " (" + s.dailyMg() + " a day)";
        }
        return doses.stream().map(d -> d.mg() + " at " + d.time()).collect(Collectors.joining(", ")) + " ("
                + s.dailyMg() + " a day)";
    }

    /** "Thursday 10 December", or "tomorrow" / "today". */
    static String day(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "today";
        }
        if (day.equals(today.plusDays(1))) {
            return "tomorrow";
        }
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth() + " "
                + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

}
