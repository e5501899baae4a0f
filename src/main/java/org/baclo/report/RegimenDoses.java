package org.baclo.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.baclo.pk.DoseEvent;
import org.baclo.pk.DoseHistory;
import org.baclo.regimen.Dose;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.Step;
import org.baclo.units.Milligrams;

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
            List<Dose> doses = s.doses();
            // a dose's amount is summed from its pieces: once per step, not once per day
            List<Milligrams> mg = doses.stream().map(Dose::mg).toList();
            for (var day = s.startDate(); !day.isAfter(s.endDate()); day = day.plusDays(1)) {
                for (int i = 0; i < doses.size(); i++) {
                    ZonedDateTime at = ZonedDateTime.of(day, doses.get(i).time(), r.timeZone());
                    events.add(DoseEvent.taken(at.toInstant(), mg.get(i)));
                }
            }
        }
        ZonedDateTime start = r.steps().get(0).startDate().atStartOfDay(r.timeZone());
        return new DoseHistory(start.toInstant(), events);
    }

}
