package org.baclo.followup;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baclo.regimen.Dose;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.Step;

/**
 * The dose occurrences a regimen plans, day by day in the regimen's time zone. Each local
 * dose time occurs exactly once a day, DST days included: a time that falls in the
 * spring-forward gap moves to just after it, a time that occurs twice in the autumn is
 * taken at its first occurrence ({@link ZonedDateTime#of}).
 */
public final class DoseCalendar {

    private final Regimen regimen;

    public DoseCalendar(Regimen regimen) {
        this.regimen = regimen;
    }

    public LocalDate firstDay() {
        return regimen.steps().get(0).startDate();
    }

    public LocalDate lastDay() {
        return regimen.lastStep().endDate();
    }

    /** The step in force on a day, if the day is in the plan. */
    public Optional<Step> stepOn(LocalDate day) {
        return regimen.steps()
            .stream()
            .filter(s -> !day.isBefore(s.startDate()) && !day.isAfter(s.endDate()))
            .findFirst();
    }

    /**
     * Occurrences on the days {@code from}..{@code to} (both included, clipped to the
     * plan), in time order.
     */
    public List<DueDose> between(LocalDate from, LocalDate to) {
        List<DueDose> out = new ArrayList<>();
        LocalDate first = from.isBefore(firstDay()) ? firstDay() : from;
        LocalDate last = to.isAfter(lastDay()) ? lastDay() : to;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            out.addAll(on(day));
        }
        return out;
    }

    /** Occurrences of one day (none outside the plan or on a stop step). */
    public List<DueDose> on(LocalDate day) {
        Optional<Step> step = stepOn(day);
        if (step.isEmpty()) {
            return List.of();
        }
        List<DueDose> out = new ArrayList<>();
        for (Dose d : step.get().doses()) {
            out.add(new DueDose(day, ZonedDateTime.of(day, d.time(), regimen.timeZone()), d));
        }
        return out;
    }

}
