package org.baclo.visitreport;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baclo.followup.Diary;
import org.baclo.report.TimelineChart;

/**
 * The clinician report's symptom-trend chart: the daily means of the diary's stiffness
 * (spasticity NRS), pain and sleep-disruption ratings and of the Penn spasm frequency
 * over the period, drawn by {@link TimelineChart#trend}.
 */
final class SymptomTrend {

    static final String TITLE = "Symptom trend from the diary";

    static final String EMPTY = "No diary entries in this period.";

    private SymptomTrend() {
    }

    /** The chart, or empty when the period has no symptom score. */
    static Optional<String> svg(Diary diary, ZoneId zone, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, Double>> means = diary.dailyScoreMeans(zone);
        List<TimelineChart.Day> days = new ArrayList<>();
        boolean any = false;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Map<String, Double> day = means.getOrDefault(d, Map.of());
            any |= !day.isEmpty();
            days.add(new TimelineChart.Day(d, null, null, day));
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(TimelineChart.trend(new TimelineChart.TrendSpec(TITLE,
                "Daily means, " + from + " to " + to + " (" + zone.getId() + ")", days,
                List.of("spasticity-nrs", "pain-nrs", "sleep-nrs"),
                List.of("Stiffness (spasticity)", "Pain", "Sleep disruption"), "penn", "Spasm frequency (Penn 0–4)")));
    }

}
