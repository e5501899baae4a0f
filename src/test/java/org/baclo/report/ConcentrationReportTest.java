package org.baclo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import org.baclo.pk.DoseHistory;
import org.baclo.pk.PkParameters;
import org.baclo.pk.Simulation;
import org.baclo.pk.Simulator;
import org.baclo.pk.TimeGrid;
import org.baclo.units.Milligrams;
import org.junit.jupiter.api.Test;

class ConcentrationReportTest {

    private static final Simulation SIM = Simulator.simulate(PkParameters.of(10.8, 59, 1.64),
            DoseHistory.atHours(Milligrams.of(10), 0, 8, 16, 24, 32, 40),
            TimeGrid.of(Duration.ofMinutes(1), Duration.ofDays(2)));

    @Test
    void ticks_are_round_and_cover_the_maximum() {
        assertThat(ConcentrationChart.ticks(672)).containsExactly(0, 100, 200, 300, 400, 500, 600, 700);
        assertThat(ConcentrationChart.ticks(128.7)).containsExactly(0, 20, 40, 60, 80, 100, 120, 140);
        assertThat(ConcentrationChart.ticks(24)).containsExactly(0, 5, 10, 15, 20, 25);
    }

    @Test
    void numbers_have_six_significant_digits_in_plain_notation() {
        assertThat(ConcentrationCsv.number(0)).isEqualTo("0");
        assertThat(ConcentrationCsv.number(1.0 / 6)).isEqualTo("0.166667");
        assertThat(ConcentrationCsv.number(123456789)).isEqualTo("123457000");
        assertThat(ConcentrationCsv.number(0.000012345678)).isEqualTo("0.0000123457");
        assertThat(ConcentrationCsv.number(8)).isEqualTo("8");
    }

    @Test
    void the_csv_has_one_row_per_point_and_per_day() throws IOException {
        StringWriter curve = new StringWriter();
        ConcentrationCsv.curve(curve, SIM, Optional.empty());
        assertThat(curve.toString().lines()).hasSize(1 + 2 * 24 * 60)
            .first()
            .isEqualTo("time_h,concentration_ng_per_ml");
        StringWriter daily = new StringWriter();
        ConcentrationCsv.daily(daily, SIM.days(), Optional.empty());
        assertThat(daily.toString().lines()).hasSize(3);
    }

    @Test
    void a_dense_curve_is_thinned_to_at_most_two_points_per_pixel_column_and_texts_are_escaped() {
        String svg = ConcentrationChart
            .svg(new ConcentrationChart.Spec("T <1>", "S & s", SIM, Optional.empty(), "Concentration", ""));
        assertThat(svg).contains("T &lt;1&gt;")
            .contains("S &amp; s")
            .contains("Time (h)")
            .contains("Concentration (ng/mL)")
            .contains(ConcentrationChart.NOTICE.replace("'", "&apos;"));
        String points = svg.substring(svg.indexOf("<polyline"));
        points = points.substring(points.indexOf("points=\"") + 8, points.indexOf("\"/>"));
        assertThat(points.split(" ").length).isLessThan(2 * 900).isGreaterThan(800);
    }

}
