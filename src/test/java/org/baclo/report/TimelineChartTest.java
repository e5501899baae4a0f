package org.baclo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

    private static final LocalDate D0 = LocalDate.of(2026, 12, 1);

    private static String chart(List<TimelineChart.Marker> markers) {
        List<TimelineChart.Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(new TimelineChart.Day(D0.plusDays(i), i == 3 ? null : new BigDecimal("15"),
                    i == 2 ? new BigDecimal("10") : null, i == 1 ? Map.of("spasticity-nrs", 6.5) : Map.of()));
        }
        return TimelineChart.svg(new TimelineChart.Spec("Follow-up <test>", "a & b", days, List.of("spasticity-nrs"),
                List.of("Spasticity"), markers));
    }

    @Test
    void marks_alerts_in_range_only_and_keeps_to_presentation_attributes() {
        String svg = chart(List.of(new TimelineChart.Marker(D0.plusDays(4), "CRITICAL", "WITHDRAWAL_RISK"),
                new TimelineChart.Marker(D0.minusDays(1), "WARNING", "OVER_DOSE")));
        assertThat(svg).contains("data-code=\"WITHDRAWAL_RISK\" data-severity=\"CRITICAL\"")
            .doesNotContain("OVER_DOSE");
        assertThat(svg).doesNotContain("style=").doesNotContain("<script");
        assertThat(svg).contains("Follow-up &lt;test&gt;").contains("a &amp; b");
        assertThat(svg).contains(ConcentrationChart.escape(ConcentrationChart.NOTICE));
    }

    @Test
    void a_day_without_a_plan_breaks_the_planned_line_and_taken_doses_are_bars() {
        String svg = chart(List.of());
        assertThat(svg.split("class=\"planned\"", -1)).hasSize(3);
        assertThat(svg.split("class=\"taken\"", -1)).hasSize(2);
        assertThat(svg).contains("2026-12-02 Spasticity: 6.5");
    }

    @Test
    void the_symptom_trend_has_the_scores_and_the_spasm_frequency_on_its_own_0_to_4_axis() {
        List<TimelineChart.Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(new TimelineChart.Day(D0.plusDays(i), null, null,
                    i == 2 ? Map.of("pain-nrs", 4.0, "penn", 2.0) : Map.of()));
        }
        String svg = TimelineChart.trend(new TimelineChart.TrendSpec("Trend", "period", days,
                List.of("spasticity-nrs", "pain-nrs"), List.of("Stiffness", "Pain"), "penn", "Spasm frequency"));
        assertThat(svg).contains("2026-12-03 Pain: 4", "2026-12-03 Spasm frequency: 2", ">NRS 0–10<", ">0–4<");
        // no dose panel, fixed size for the PDF renderer
        assertThat(svg).doesNotContain("mg/day").contains("width=\"960\" height=");
        // the frequency dot sits in the lower panel (260 to 350): 2 of 4 is half its
        // height,
        // in its own colour whatever the number of NRS series
        assertThat(svg).contains("cy=\"305.0\" r=\"3.5\" fill=\"#2166ac\"><title>2026-12-03 Spasm frequency");
    }

}
