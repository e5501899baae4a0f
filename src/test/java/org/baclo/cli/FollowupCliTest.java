package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The {@code baclo followup} contract: fields, exit codes 0/2/3, the same alerts as the
 * engine (issue 11).
 */
class FollowupCliTest {

    @TempDir
    Path dir;

    Path plan;

    @BeforeEach
    void plan() throws IOException {
        plan = dir.resolve("plan.json");
        Files.writeString(plan, """
                {"timeZone": "Europe/Paris", "steps": [
                  {"startDate": "2026-11-30", "endDate": "2026-12-27", "dailyMg": 15,
                   "doses": [{"time": "08:00", "mg": 5}, {"time": "14:00", "mg": 5}, {"time": "20:00", "mg": 5}]}]}
                """);
    }

    private Path diary(String json) throws IOException {
        Path p = dir.resolve("diary.json");
        Files.writeString(p, json);
        return p;
    }

    private static final String DIARY = """
            {"doses": [
              {"id": "d1", "at": "2026-12-03T08:05:00+01:00", "status": "taken", "mg": 5},
              {"id": "d2", "at": "2026-12-03T14:00:00+01:00", "status": "skipped", "reason": "forgot"},
              {"id": "d3", "at": "2026-12-03T20:10:00+01:00", "status": "taken", "mg": 5}],
             "observations": [
              {"id": "o1", "at": "2026-12-03T09:00:00+01:00", "kind": "spasticity-nrs", "value": 6},
              {"id": "o2", "at": "2026-12-03T09:00:00+01:00", "kind": "penn", "frequency": 2, "severity": 1},
              {"id": "o3", "at": "2026-12-03T09:00:00+01:00", "kind": "side-effect", "effect": "dizziness",
               "severity": "mild", "note": "after lunch"},
              {"id": "o4", "at": "2026-12-03T09:00:00+01:00", "kind": "walk-25ft", "seconds": 9.4},
              {"id": "o5", "at": "2026-12-03T09:00:00+01:00", "kind": "mas", "muscle": "elbow flexors",
               "side": "left", "grade": "1+"}]}
            """;

    @Test
    @DisplayName("JSON: adherence days and weeks, alerts with code, severity, since, messages and source")
    void json() throws IOException {
        CliRun r = CliRun.of("followup", "--regimen", plan.toString(), "--diary", diary(DIARY).toString(), "--at",
                "2026-12-04T21:00", "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        JsonNode doc = Json.MAPPER.readTree(r.out());
        JsonNode week = doc.get("adherence").get("weeks").get(0);
        assertThat(week.get("weekStart").stringValue()).isEqualTo("2026-11-30");
        assertThat(week.get("planned").intValue()).isEqualTo(15);
        assertThat(week.get("taken").intValue()).isEqualTo(2);
        assertThat(doc.get("adherence").get("days")).hasSize(5);
        JsonNode alert = doc.get("alerts").get(0);
        assertThat(alert.get("code").stringValue()).isEqualTo("WITHDRAWAL_RISK");
        assertThat(alert.get("severity").stringValue()).isEqualTo("WARNING");
        assertThat(alert.get("since").stringValue()).isEqualTo("2026-12-03T20:10+01:00");
        for (String f : new String[] { "message", "patientMessage", "source" }) {
            assertThat(alert.get(f).stringValue()).as(f).isNotBlank();
        }
        assertThat(doc.get("alerts")).extracting(a -> a.get("code").stringValue()).contains("MISSED_DOSES");
    }

    @Test
    @DisplayName("exit 3 when an alert is CRITICAL (48 h without a dose)")
    void critical() throws IOException {
        CliRun r = CliRun.of("followup", "--regimen", plan.toString(), "--diary", diary(DIARY).toString(), "--at",
                "2026-12-05T20:10+01:00");
        assertThat(r.exit()).isEqualTo(ExitCode.CRITICAL_FINDING);
        assertThat(r.out()).contains("CRITICAL WITHDRAWAL_RISK")
            .contains("For the patient: ")
            .contains("does not replace");
    }

    @Test
    @DisplayName("exit 2 naming the JSON path: unknown effect, missing offset, number as text, unknown field")
    void badInput() throws IOException {
        String bad = """
                {"doses": [{"id": "d1", "at": "2026-12-03T08:05", "status": "taken", "mg": "5"}],
                 "observations": [{"id": "o1", "at": "2026-12-03T09:00:00+01:00", "kind": "side-effect",
                   "effect": "purple vision", "severity": "mild", "colour": 1}]}
                """;
        CliRun r = CliRun.of("followup", "--regimen", plan.toString(), "--diary", diary(bad).toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("doses[0].at: '2026-12-03T08:05' is not a time with its offset")
            .contains("doses[0].mg: must be a number")
            .contains("observations[0].effect: 'purple vision' is not" + " in the side-effect list")
            .contains("observations[0].colour: unknown field");
        assertThat(CliRun
            .of("followup", "--regimen", plan.toString(), "--diary", diary(DIARY).toString(), "--at", "tomorrow")
            .err()).contains("--at: 'tomorrow' is not a time");
        assertThat(CliRun.of("followup", "--regimen", plan.toString(), "--diary", dir.resolve("none.json").toString())
            .exit()).isEqualTo(ExitCode.BAD_INPUT);
    }

}
