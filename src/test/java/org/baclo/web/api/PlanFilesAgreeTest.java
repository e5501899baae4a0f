package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.baclo.cli.BacloCli;
import org.baclo.security.SecurityConfig;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9: one plan reader. {@code check --regimen}, {@code simulate --regimen} and
 * {@code POST /api/v1/plan-documents/check} accept and refuse the same plan files with
 * the same message (gaps, strings for numbers, unknown fields, duplicate keys, unmakeable
 * doses): the CLI says {@code plan.json: <JSON path>: <problem>}, the API names the JSON
 * path as the field and the problem as its message.
 */
@WebMvcTest(PlanDocumentApi.class)
@Import({ TestKnowledge.class, SecurityConfig.class, PlanFilesAgreeTest.Beans.class })
@WithMockUser
@org.baclo.testsupport.SecurityConfigMocks
class PlanFilesAgreeTest {

    @TestConfiguration
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

    }

    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("gap between steps", """
                        {"steps": [{"startDate": "2025-03-01", "endDate": "2025-03-01", "dailyMg": 15},
                                   {"startDate": "2025-03-05", "dailyMg": 0}]}""", "steps[1].startDate",
                        "2025-03-05 leaves 3 day(s) without baclofen"),
                Arguments.of("a number as a string", """
                        {"steps": [{"startDate": "2025-03-01", "dailyMg": "15"}]}""", "steps[0].dailyMg",
                        "must be a number of mg"),
                Arguments.of("a misspelt field", """
                        {"steps": [{"startDate": "2025-03-01", "dailyMg": 15,
                                    "dose": [{"time": "08:00", "mg": 15}]}]}""", "steps[0].dose",
                        "unknown field (a typo?)"),
                Arguments.of("an unmakeable dose", """
                        {"steps": [{"startDate": "2025-03-01", "dailyMg": 7,
                                    "doses": [{"time": "08:00", "mg": 7}]}]}""", "steps[0].doses[0].mg",
                        "7 mg cannot be made exactly"),
                Arguments.of("a duplicate key", """
                        {"steps": [{"startDate": "2025-03-01", "dailyMg": 15, "dailyMg": 30}]}""", "steps[0].dailyMg",
                        "duplicate key"),
                Arguments.of("a date at the end of the calendar (no internal error)", """
                        {"steps": [{"startDate": "2025-01-01", "endDate": "+999999999-12-31", "dailyMg": 15},
                                   {"startDate": "2025-01-02", "dailyMg": 0}]}""", "steps[0].endDate",
                        "must be between 1900-01-01 and 9999-12-31"),
                Arguments.of("a patient value out of range", """
                        {"patient": {"ageYears": 45, "sex": "male", "weightKg": 500, "creatinineMgDl": 1},
                         "steps": [{"startDate": "2025-03-01", "dailyMg": 15}]}""", "patient.weightKg",
                        "must be between 2 and 400 kg"));
    }

    private Path write(String json) throws IOException {
        Path p = dir.resolve("plan.json");
        Files.writeString(p, json);
        return p;
    }

    record Run(int exit, String out, String err) {

        /** The CLI's one-line message, without its "baclo: plan.json: " prefix. */
        String message() {
            String line = err.lines().filter(l -> l.startsWith("baclo:")).findFirst().orElse(err);
            return line.replaceFirst("^baclo: plan\\.json: ", "");
        }

    }

    private static Run cli(String... args) {
        CommandLine cl = BacloCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private MockHttpServletResponse api(String json) throws Exception {
        return mvc.perform(post("/api/v1/plan-documents/check").contentType(MediaType.APPLICATION_JSON).content(json))
            .andReturn()
            .getResponse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void allRefuseWithTheSameMessage(String what, String json, String path, String problem) throws Exception {
        Path p = write(json);
        Run check = cli("check", "--regimen", p.toString());
        Run simulate = cli("simulate", "--regimen", p.toString());
        assertThat(check.exit()).as(check.err()).isEqualTo(2);
        assertThat(simulate.exit()).as(simulate.err()).isEqualTo(2);
        assertThat(check.message()).startsWith(path + ": ").contains(problem).isEqualTo(simulate.message());
        MockHttpServletResponse r = api(json);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(400);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        JsonNode error = JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8)).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(path);
        assertThat(path + ": " + error.get("message").asString()).isEqualTo(check.message());
    }

    @Test
    @DisplayName("a hand-written plan with uneven doses is accepted by all three, in the same time zone")
    void allAccept() throws Exception {
        String json = """
                {"timeZone": "Europe/Paris", "steps": [{"startDate": "2025-03-01", "dailyMg": 20,
                  "doses": [{"time": "08:00", "mg": 5}, {"time": "14:00", "mg": 5}, {"time": "20:00", "mg": 10}]}]}""";
        Path p = write(json);
        Run check = cli("check", "--regimen", p.toString(), "--format", "json");
        Run simulate = cli("simulate", "--regimen", p.toString());
        assertThat(check.exit()).as(check.err()).isEqualTo(0);
        assertThat(simulate.exit()).as(simulate.err()).isZero();
        assertThat(simulate.out()).contains("(Europe/Paris)");
        MockHttpServletResponse r = api(json);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8) + "\n").isEqualTo(check.out());
    }

    @Test
    @DisplayName("a plan written by 'baclo plan --out' is checked with its patient; the API gives the same findings")
    void aSavedPlanGivesTheSameFindings() throws Exception {
        Path out = dir.resolve("saved.json");
        Run plan = cli("plan", "titrate", "--target-mg-day", "60", "--age", "70", "--sex", "female", "--weight-kg",
                "60", "--creatinine-mg-dl", "1.6", "--start-date", "2025-03-01", "--out", out.toString());
        assertThat(plan.exit()).as(plan.err()).isIn(0, 3);
        String json = Files.readString(out);
        Run check = cli("check", "--regimen", out.toString(), "--format", "json");
        MockHttpServletResponse r = api(json);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        JsonNode cliDoc = JSON.readTree(check.out());
        JsonNode apiDoc = JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(apiDoc.get("findings")).isEqualTo(cliDoc.get("findings"));
        assertThat(apiDoc.get("renalBand").asString()).isEqualTo(cliDoc.get("renalBand").asString()).isNotEmpty();
    }

}
