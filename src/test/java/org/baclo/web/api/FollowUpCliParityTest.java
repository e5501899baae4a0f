package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclo.web.api.ApiFixture.Actor.CLINICIAN;
import static org.baclo.web.api.ApiFixture.Actor.PATIENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.baclo.cli.BacloCli;
import org.baclo.plan.PlanView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, done when: {@code baclo followup} gives the same alerts for the same plan and
 * diary as the application. The stored plan document and the diary read back from the API
 * are written to files and given to the CLI.
 */
class FollowUpCliParityTest extends ApiTestBase {

    @Autowired
    JsonMapper json;

    private String call(ApiFixture.Actor who, MockHttpServletRequestBuilder b, String body) throws Exception {
        b.header("Authorization", "Bearer " + f.tokens.get(who));
        if (body != null) {
            b.contentType("application/json").content(body);
        }
        MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return r.getContentAsString();
    }

    @Test
    void the_api_and_the_cli_give_the_same_alerts(@TempDir Path dir) throws Exception {
        PlanView plan = plans.activate(f.principal(CLINICIAN), f.patientA, f.newDraft(), "Accepted for the test.");
        ZoneId zone = ZoneId.of(plan.plan().timeZone());
        Instant first = LocalDate.parse(plan.plan().steps().get(0).startDate())
            .atTime(LocalTime.parse(plan.plan().steps().get(0).doses().get(0).time()))
            .atZone(zone)
            .toInstant();
        String at = first.atOffset(ZoneOffset.ofHours(1)).toString();
        call(PATIENT, MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/diary"),
                "{\"doses\": [{\"id\":" + " \"d1\", \"at\": \"" + at
                        + "\", \"status\": \"taken\", \"mg\": 5}], \"observations\": [{\"id\":" + " \"o1\", \"at\": \""
                        + at + "\", \"kind\": \"side-effect\", \"effect\": \"hallucinations\","
                        + " \"severity\": \"mild\"}]}");
        String when = first.plus(Duration.ofHours(49)).toString();
        JsonNode api = json.readTree(call(CLINICIAN,
                MockMvcRequestBuilders.get("/api/v1/patients/" + f.patientA + "/followup?at=" + when), null));

        JsonNode diary = json.readTree(call(CLINICIAN, MockMvcRequestBuilders
            .get("/api/v1/patients/" + f.patientA + "/diary?from=2000-01-01&to=2000-12-31"
                .replace("2000-01-01", LocalDate.parse(plan.plan().steps().get(0).startDate()).minusDays(1).toString())
                .replace("2000-12-31", LocalDate.parse(plan.plan().steps().get(0).startDate()).plusDays(5).toString())),
                null));
        Path diaryFile = dir.resolve("diary.json");
        Files.writeString(diaryFile,
                "{\"doses\": " + diary.get("doses") + ", \"observations\": " + diary.get("observations") + "}");
        Path planFile = dir.resolve("plan.json");
        Files.writeString(planFile, json.writeValueAsString(plan.plan()));
        CommandLine cli = BacloCli.commandLine();
        java.io.StringWriter out = new java.io.StringWriter();
        cli.setOut(new java.io.PrintWriter(out, true));
        int exit = cli.execute("followup", "--regimen", planFile.toString(), "--diary", diaryFile.toString(), "--at",
                when, "--format", "json");
        JsonNode cliDoc = json.readTree(out.toString());

        assertThat(exit).as("a CRITICAL alert: exit 3").isEqualTo(3);
        assertThat(api.get("alerts").size()).isGreaterThanOrEqualTo(2);
        assertThat(cliDoc.get("alerts")).isEqualTo(api.get("alerts"));
        assertThat(cliDoc.get("adherence")).isEqualTo(api.get("adherence"));
    }

}
