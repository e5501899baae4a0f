package org.baclo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9: the one plan reader binds strictly and names the JSON path of every refusal.
 */
class PlanFilesTest {

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a number as a string",
                        "{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": \"15\"}]}", "steps[0].dailyMg",
                        "must be a number of mg"),
                Arguments.of("an empty string for a number",
                        "{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": \"\"}]}", "steps[0].dailyMg",
                        "must be a number of mg"),
                Arguments.of("a number as a date", "{\"steps\": [{\"startDate\": 20250301, \"dailyMg\": 15}]}",
                        "steps[0].startDate", "must be a text"),
                Arguments.of("a fraction for whole years",
                        "{\"patient\": {\"ageYears\": 4.5}, \"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 15}]}",
                        "patient.ageYears", "must be a whole number of years"),
                Arguments.of("a number for true or false",
                        "{\"patient\": {\"dialysis\": 1}, \"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 15}]}",
                        "patient.dialysis", "must be true or false"),
                Arguments.of("a string for true or false",
                        "{\"patient\": {\"dialysis\": \"yes\"}, \"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 15}]}",
                        "patient.dialysis", "must be true or false"),
                Arguments.of("a misspelt field",
                        "{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 15, \"dose\": []}]}",
                        "steps[0].dose", "unknown field (a typo?); allowed: dailyMg, doses, endDate, startDate"),
                Arguments.of("a duplicate key",
                        "{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 15, \"dailyMg\": 30}]}",
                        "steps[0].dailyMg", "duplicate key"),
                Arguments.of("a duplicate top-level key",
                        "{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 15}], \"steps\": []}", "steps",
                        "duplicate key"),
                Arguments.of("a single step instead of a list",
                        "{\"steps\": {\"startDate\": \"2025-03-01\", \"dailyMg\": 15}}", "steps",
                        "must be a list of steps with startDate and dailyMg"),
                Arguments.of("a step that is not an object", "{\"steps\": [15]}", "steps[0]",
                        "must be an object with startDate and dailyMg"),
                Arguments.of("no steps", "{}", "steps", "is required"),
                Arguments.of("not an object", "[]", "", "must hold a JSON object"),
                Arguments.of("broken JSON", "{\"steps\": [", "steps[0]", "is not valid JSON (line 1"),
                Arguments.of("trailing content", "{\"steps\": []} {}", "",
                        "is not valid JSON (line 1, column 15): there is more after"),
                Arguments.of("a hostile exponent",
                        "{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 1e100000000}]}", "steps[0].dailyMg",
                        "must be a number between -1000000 and 1000000"),
                Arguments.of("a whole number too large", "{\"patient\": {\"ageYears\": 99999999999}, \"steps\": []}",
                        "patient.ageYears", "must be a whole number of years"),
                Arguments.of("a dose in another product",
                        "{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 15, \"doses\": [{\"time\": \"08:00\","
                                + " \"mg\": 15, \"product\": \"granules\"}]}]}",
                        "steps[0].doses[0].product", "must be the plan's product 'tablet'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesNamingThePath(String what, String json, String path, String problem) {
        assertThatThrownBy(() -> PlanFiles.read(json)).isInstanceOfSatisfying(PlanFileException.class, e -> {
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.problem()).contains(problem);
        });
    }

    @Test
    void refusesMoreStepsThanAnyPlanHas() {
        String step = "{\"startDate\": \"2025-03-01\", \"dailyMg\": 15}";
        String json = "{\"steps\": [" + String.join(",", java.util.Collections.nCopies(PlanFiles.MAX_STEPS + 1, step))
                + "]}";
        assertThatThrownBy(() -> PlanFiles.read(json)).isInstanceOfSatisfying(PlanFileException.class,
                e -> assertThat(e.getMessage()).isEqualTo("steps: at most 1000 steps; got 1001"));
    }

    @Test
    void readsAHandWrittenPlanWithItsPatient() {
        PlanFiles.PlanFile f = PlanFiles
            .read("""
                    {"timeZone": "Europe/Paris", "crclMlPerMin": 80,
                     "patient": {"ageYears": 8, "sex": "female", "weightKg": 25, "heightCm": 128, "creatinineMgDl": 0.5},
                     "steps": [{"startDate": "2025-03-01", "dailyMg": 15,
                                "doses": [{"time": "08:00", "mg": 5}, {"time": "14:00", "mg": 5}, {"time": "20:00", "mg": 5}]}]}""");
        assertThat(f.regimen().steps()).hasSize(1);
        assertThat(f.regimen().steps().get(0).doses()).hasSize(3);
        assertThat(f.patient()).get().satisfies(p -> {
            assertThat(p.heightCm()).isEqualByComparingTo("128");
            assertThat(p.timeZone()).isEqualTo("Europe/Paris");
            assertThat(p.dialysis()).isFalse();
        });
        assertThat(f.crclMlPerMin()).contains(new BigDecimal("80"));
    }

}
