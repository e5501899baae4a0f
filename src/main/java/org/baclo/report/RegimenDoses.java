package org.baclo.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.baclo.pk.DoseEvent;
import org.baclo.pk.DoseHistory;
import org.baclo.regimen.Dose;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.Step;

/**
 * A planned regimen as the simulator's dose history: every dose at its local time in the
 * patient's zone.
 */
public final class RegimenDoses {

    private RegimenDoses() {
    }

    public static DoseHistory of(Regimen r) {
        List<DoseEvent> events = new ArrayList<>();
        for (Step s : r.steps()) {
            for (var day = s.startDate(); !day.isAfter(s.endDate()); day = day.plusDays(1)) {
                for (Dose d : s.doses()) {
                    ZonedDateTime at = ZonedDateTime.of(day, d.time(), r.timeZone());
                    events.add(DoseEvent.taken(at.toInstant(), d.mg()));
                }
            }
        }
        ZonedDateTime start = r.steps().get(0).startDate().atStartOfDay(r.timeZone());
        return new DoseHistory(start.toInstant(), events);
    }

}
