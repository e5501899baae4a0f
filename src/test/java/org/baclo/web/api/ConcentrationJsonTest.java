package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The preview's concentration curve is written with a serializer of its own for numbers
 * already rounded to 0.01 ({@link PlanApi.CentiArray}): what a client parses back must be
 * the number the simulator's rounding gave, for every value.
 */
class ConcentrationJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private double[] readBack(double... values) {
        PlanApi.Concentration c = new PlanApi.Concentration("model", "2026-12-07", 0.5, values);
        JsonNode array = json.readTree(json.writeValueAsString(c)).get("ngPerMl");
        double[] back = new double[array.size()];
        for (int i = 0; i < back.length; i++) {
            assertThat(array.get(i).isNumber()).as("element %d: %s", i, array.get(i)).isTrue();
            back[i] = array.get(i).asDouble();
        }
        return back;
    }

    @Test
    void typical_values_read_back_exactly() {
        double[] values = { 0.0, 0.01, 0.05, 0.1, 0.5, 1.0, 9.99, 12.3, 12.34, 100.0, 1234.56, -1.25 };
        assertThat(readBack(values)).containsExactly(values);
        String text = json.writeValueAsString(new PlanApi.Concentration("m", "2026-12-07", 0.5, values));
        assertThat(text).contains("[0.0,0.01,0.05,0.1,0.5,1.0,9.99,12.3,12.34,100.0,1234.56,-1.25]");
    }

    @Test
    void any_value_rounded_to_a_hundredth_reads_back_as_itself() {
        qt().forAll(longs().between(-10_000_000L, 10_000_000_000L)).checkAssert(cents -> {
            double v = Math.round(cents / 100.0 * 100) / 100.0; // as PlanCharts.curve
                                                                // rounds
            assertThat(readBack(v)).containsExactly(v);
        });
    }

    @Test
    void an_empty_curve_is_an_empty_array() {
        assertThat(readBack()).isEmpty();
    }

}
