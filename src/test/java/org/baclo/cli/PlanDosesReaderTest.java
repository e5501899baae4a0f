package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.baclo.knowledge.KnowledgeLoader;
import org.baclo.knowledge.OralDosing;
import org.baclo.pk.DoseEvent;
import org.baclo.units.MlPerMin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDosesReaderTest {
    private static final OralDosing DOSING = KnowledgeLoader.fromClasspath().dosing().oral();

    @TempDir
    Path dir;

    private static PlanDosesReader.PlanDoses read(Path p) {
        return PlanDosesReader.read(p, DOSING);
    }

    private Path write(String json) throws IOException {
        Path p = dir.resolve("plan.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    void reads_the_doses_of_a_planner_file_and_ignores_the_other_fields() throws URISyntaxException {
        PlanDosesReader.PlanDoses plan = read(Path.of(getClass().getResource("/plans/titration.json")
                .toURI()));
        assertThat(plan.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(plan.crcl()).contains(MlPerMin.of(45));
        assertThat(plan.weight()).isEmpty();
        assertThat(plan.history().events()).hasSize(42);
        assertThat(plan.history().start()).isEqualTo(Instant.parse("2025-03-27T23:00:00Z"));
        // 08:00 in Paris is 07:00 UTC before the change to summer time on 30 March, 06:00 UTC after it
        assertThat(plan.history().events().get(0).time()).isEqualTo(Instant.parse("2025-03-28T07:00:00Z"));
        assertThat(plan.history().events().get(9).time()).isEqualTo(Instant.parse("2025-03-31T06:00:00Z"));
        DoseEvent last = plan.history().events().get(41);
        assertThat(last.time()).isEqualTo(Instant.parse("2025-04-10T18:00:00Z"));
        assertThat(last.amount().asDouble()).isEqualTo(5);
        assertThat(plan.length()).isEqualTo(Duration.ofHours(14 * 24 - 1));
    }

    @Test
    void time_zone_defaults_to_utc_and_context_may_be_nested() throws IOException {
        PlanDosesReader.PlanDoses plan = read(write("""
                {"context": {"crclMlPerMin": 60, "weightKg": 82.5},
                 "steps": [{"startDate": "2025-01-01", "endDate": "2025-01-01",
                            "doses": [{"time": "09:30", "mg": 5}]}]}"""));
        assertThat(plan.zone().getId()).isEqualTo("Z");
        assertThat(plan.history().events().get(0).time()).isEqualTo(Instant.parse("2025-01-01T09:30:00Z"));
        assertThat(plan.weight().orElseThrow().asDouble()).isEqualTo(82.5);
        assertThat(plan.crcl()).contains(MlPerMin.of(60));
    }

    @Test
    void a_hand_written_plan_follows_the_planner_defaults() throws IOException {
        // no endDate: the day before the next step; the last step lasts one day; no doses: dailyMg split at the
        // default times of the frequency (TID: 08:00, 14:00, 20:00 from dosing.yaml); a stop has no doses
        PlanDosesReader.PlanDoses plan = read(write("""
                {"steps": [{"startDate": "2025-03-01", "dailyMg": 30},
                           {"startDate": "2025-03-04", "dailyMg": 15},
                           {"startDate": "2025-03-06", "dailyMg": 0}]}"""));
        assertThat(plan.history().events()).hasSize(3 * 3 + 2 * 3);
        assertThat(plan.history().events().get(0).time()).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
        assertThat(plan.history().events().get(2).time()).isEqualTo(Instant.parse("2025-03-01T20:00:00Z"));
        assertThat(plan.history().events().get(0).amount().asDouble()).isEqualTo(10);
        assertThat(plan.history().events().get(14).amount().asDouble()).isEqualTo(5);
        assertThat(plan.lastDate()).isEqualTo(LocalDate.parse("2025-03-06"));
        assertThat(plan.length()).isEqualTo(Duration.ofDays(6));
    }

    @Test
    void the_frequency_field_or_a_listed_step_sets_the_default_times() throws IOException {
        PlanDosesReader.PlanDoses bid = read(write("""
                {"frequency": "BID", "steps": [{"startDate": "2025-03-01", "dailyMg": 10}]}"""));
        assertThat(bid.history().events()).extracting(e -> e.time().toString())
                .containsExactly("2025-03-01T08:00:00Z", "2025-03-01T20:00:00Z");
        PlanDosesReader.PlanDoses qid = read(write("""
                {"steps": [{"startDate": "2025-03-01", "dailyMg": 20},
                           {"startDate": "2025-03-02", "endDate": "2025-03-02", "dailyMg": 40, "doses": [
                             {"time": "07:00", "mg": 10}, {"time": "12:00", "mg": 10},
                             {"time": "17:00", "mg": 10}, {"time": "22:00", "mg": 10}]}]}"""));
        assertThat(qid.history().events().get(3).time()).isEqualTo(Instant.parse("2025-03-01T20:00:00Z"));
        assertThat(qid.history().events().get(0).amount().asDouble()).isEqualTo(5);
    }

    @Test
    void errors_name_the_field() throws IOException {
        expect("[]", "a plan must be a JSON object");
        expect("{", "not a readable JSON plan");
        expect("{}", "plan.json: steps is missing");
        expect("{\"steps\": []}", "steps must be a non-empty list");
        expect("{\"steps\": [{\"endDate\": \"2025-01-02\", \"doses\": []}]}", "steps[0].startDate is missing");
        expect("{\"steps\": [{\"startDate\": \"2025-13-01\", \"endDate\": \"2025-01-02\", \"doses\": []}]}",
                "steps[0].startDate '2025-13-01' is not a date");
        expect("{\"steps\": [{\"startDate\": \"2025-01-03\", \"endDate\": \"2025-01-02\", \"doses\": []}]}",
                "steps[0].endDate the step ends (2025-01-02) before it starts (2025-01-03)");
        expect("{\"steps\": [{\"startDate\": \"2025-01-01\", \"endDate\": \"2025-01-02\"}]}",
                "steps[0].doses is missing: give the doses of the step, or its dailyMg");
        expect("{\"steps\": [{\"startDate\": \"2025-01-01\", \"dailyMg\": \"x\"}]}",
                "steps[0].dailyMg 'x' is not a number");
        expect("{\"frequency\": \"often\", \"steps\": [{\"startDate\": \"2025-01-01\", \"dailyMg\": 5}]}",
                "frequency 'often' is not one of BID, TID, QID");
        expect("{\"steps\": [{\"startDate\": \"2025-01-01\", \"endDate\": \"2025-01-02\","
                + " \"doses\": [{\"time\": \"8h\", \"mg\": 5}]}]}", "steps[0].doses[0].time '8h' is not a time");
        expect("{\"steps\": [{\"startDate\": \"2025-01-01\", \"endDate\": \"2025-01-02\","
                + " \"doses\": [{\"time\": \"08:00\"}]}]}", "steps[0].doses[0].mg is missing");
        expect("{\"steps\": [{\"startDate\": \"2025-01-01\", \"endDate\": \"2025-01-02\","
                + " \"doses\": [{\"time\": \"08:00\", \"mg\": -1}]}]}", "steps[0].doses[0].mg must not be negative");
        expect("{\"steps\": [{\"startDate\": \"2025-01-01\", \"endDate\": \"2025-01-02\","
                + " \"doses\": [{\"time\": \"08:00\", \"mg\": \"five\"}]}]}", "steps[0].doses[0].mg 'five' is not a number");
        expect("{\"timeZone\": \"Mars/Olympus\", \"steps\": []}", "timeZone 'Mars/Olympus' is not a time zone");
        expect("{\"steps\": [{\"startDate\": \"2025-01-01\", \"endDate\": \"2025-01-05\", \"doses\": []},"
                + " {\"startDate\": \"2025-01-05\", \"endDate\": \"2025-01-06\", \"doses\": []}]}",
                "steps[1].startDate 2025-01-05 is not after the end of the previous step");
        expect("{\"crclMlPerMin\": -3, \"steps\": [{\"startDate\": \"2025-01-01\", \"endDate\": \"2025-01-05\","
                + " \"doses\": []}]}", "crclMlPerMin must not be negative");
    }

    private void expect(String json, String message) throws IOException {
        Path p = write(json);
        assertThatThrownBy(() -> read(p)).as(json).isInstanceOf(BadInputException.class)
                .hasMessageContaining(message);
    }
}
