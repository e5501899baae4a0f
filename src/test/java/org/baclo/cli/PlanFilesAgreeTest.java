package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9: one plan reader. {@code check --regimen} and {@code simulate --regimen} accept
 * and refuse the same plan files with the same message (gaps, strings for numbers,
 * unknown fields, unmakeable doses).
 */
class PlanFilesAgreeTest {

    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("gap between steps", """
                        {"steps": [{"startDate": "2025-03-01", "endDate": "2025-03-01", "dailyMg": 15},
                                   {"startDate": "2025-03-05", "dailyMg": 0}]}""",
                        "steps[1].startDate: 2025-03-05 leaves 3 day(s) without baclofen"),
                Arguments.of("a number as a string", """
                        {"steps": [{"startDate": "2025-03-01", "dailyMg": "15"}]}""", "steps[0].dailyMg"),
                Arguments.of("a misspelt field", """
                        {"steps": [{"startDate": "2025-03-01", "dailyMg": 15,
                                    "dose": [{"time": "08:00", "mg": 15}]}]}""", "steps[0].dose"),
                Arguments.of("an unmakeable dose", """
                        {"steps": [{"startDate": "2025-03-01", "dailyMg": 7,
                                    "doses": [{"time": "08:00", "mg": 7}]}]}""", "steps[0].doses[0].mg"),
                Arguments.of("a duplicate key", """
                        {"steps": [{"startDate": "2025-03-01", "dailyMg": 15, "dailyMg": 30}]}""", "dailyMg"));
    }

    private Path write(String json) throws IOException {
        Path p = dir.resolve("plan.json");
        Files.writeString(p, json);
        return p;
    }

    private static String message(CliRun r) {
        return r.err().lines().filter(l -> l.startsWith("baclo:")).findFirst().orElse(r.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void bothRefuseWithTheSameMessage(String what, String json, String names) throws IOException {
        Path p = write(json);
        CliRun check = CliRun.of("check", "--regimen", p.toString());
        CliRun simulate = CliRun.of("simulate", "--regimen", p.toString());
        assertThat(check.exit()).as(check.err()).isEqualTo(2);
        assertThat(simulate.exit()).as(simulate.err()).isEqualTo(2);
        assertThat(message(check)).contains(names).isEqualTo(message(simulate));
    }

    @Test
    @DisplayName("a hand-written plan with uneven doses is accepted by both, in the same time zone")
    void bothAccept() throws IOException {
        Path p = write("""
                {"timeZone": "Europe/Paris", "steps": [{"startDate": "2025-03-01", "dailyMg": 20,
                  "doses": [{"time": "08:00", "mg": 5}, {"time": "14:00", "mg": 5}, {"time": "20:00", "mg": 10}]}]}""");
        CliRun check = CliRun.of("check", "--regimen", p.toString());
        CliRun simulate = CliRun.of("simulate", "--regimen", p.toString());
        assertThat(check.exit()).as(check.err()).isEqualTo(0);
        assertThat(simulate.exit()).as(simulate.err()).isZero();
        assertThat(simulate.out()).contains("(Europe/Paris)");
    }

}
