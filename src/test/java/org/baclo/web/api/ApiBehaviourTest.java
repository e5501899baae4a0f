package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclo.web.api.ApiFixture.Actor.CLINICIAN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's behaviour: problem documents for bad input, plan activation rules and
 * history.
 */
class ApiBehaviourTest extends ApiTestBase {

    @Autowired
    JsonMapper json;

    private MockHttpServletResponse call(MockHttpServletRequestBuilder b, String body) throws Exception {
        b.header("Authorization", "Bearer " + f.tokens.get(CLINICIAN));
        if (body != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private JsonNode problem(MockHttpServletResponse r, int status) throws Exception {
        assertThat(r.getStatus()).isEqualTo(status);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        JsonNode p = json.readTree(r.getContentAsString());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("code").asString()).isNotBlank();
        assertThat(r.getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
        return p;
    }

    @Test
    void decimals_are_written_plain() {
        assertThat(json.writeValueAsString(new java.math.BigDecimal("8E+1"))).isEqualTo("80");
    }

    @Test
    void malformed_json_is_a_400_problem() throws Exception {
        JsonNode p = problem(call(MockMvcRequestBuilders.post("/api/v1/patients"), "{\"name\": "), 400);
        assertThat(p.get("code").asString()).isEqualTo("MALFORMED_JSON");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = { "{\"weightKg\": \"heavy\"}|weightKg", "{\"dateOfBirth\": \"31/12/1980\"}|dateOfBirth",
                    "{\"dialysis\": \"maybe\"}|dialysis", "{\"conditions\": {\"a\": 1}}|conditions" })
    void a_wrong_type_names_the_field(String body, String field) throws Exception {
        JsonNode p = problem(call(MockMvcRequestBuilders.post("/api/v1/patients"), body), 400);
        assertThat(p.get("code").asString()).isEqualTo("INVALID_FIELD_TYPE");
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void out_of_range_fields_are_each_named() throws Exception {
        String body = "{\"name\":\"Range test\",\"dateOfBirth\":\"2999-01-01\",\"sex\":\"x\",\"weightKg\":1,"
                + "\"creatinineValue\":-1,\"creatinineUnit\":\"mg/dL\",\"creatinineDate\":\"2020-01-01\","
                + "\"indication\":\"flying\",\"timeZone\":\"Mars/Olympus\",\"conditions\":[\"telepathy\"]}";
        JsonNode p = problem(call(MockMvcRequestBuilders.post("/api/v1/patients"), body), 400);
        assertThat(p.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        List<String> fields = p.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("dateOfBirth", "sex", "weightKg", "creatinineValue", "indication", "timeZone",
                "conditions");
        assertThat(p.get("errors")
            .valueStream()
            .filter(e -> e.get("field").asString().equals("weightKg"))
            .findFirst()
            .orElseThrow()
            .get("message")
            .asString()).isEqualTo("Weight must be between 2 and 400 kg; got 1.");
    }

    @Test
    void an_implausible_creatinine_names_the_field_and_the_likely_unit() throws Exception {
        // issue 9, BACLOFEN.md §5: 88 typed with the mg/dL flag is almost certainly
        // µmol/L
        String body = "{\"name\":\"Unit test\",\"dateOfBirth\":\"1970-01-01\",\"sex\":\"male\",\"weightKg\":80,"
                + "\"creatinineValue\":88,\"creatinineUnit\":\"mg/dL\",\"creatinineDate\":\"2020-01-01\","
                + "\"timeZone\":\"Europe/Paris\"}";
        JsonNode p = problem(call(MockMvcRequestBuilders.post("/api/v1/patients"), body), 400);
        assertThat(p.get("errors")
            .valueStream()
            .filter(e -> e.get("field").asString().equals("creatinineValue"))
            .findFirst()
            .orElseThrow()
            .get("message")
            .asString()).contains("88 mg/dL is not plausible", "did you mean 88 µmol/L");
    }

    @Test
    void an_invalid_patient_is_not_saved() throws Exception {
        long before = patients.count();
        call(MockMvcRequestBuilders.post("/api/v1/patients"), "{\"name\":\"Half\",\"weightKg\":900}");
        assertThat(patients.count()).isEqualTo(before);
    }

    @Test
    void unknown_ids_and_wrong_path_types_are_problems() throws Exception {
        assertThat(
                problem(call(MockMvcRequestBuilders.get("/api/v1/patients/999999"), null), 404).get("code").asString())
            .isEqualTo("NOT_FOUND");
        assertThat(problem(call(MockMvcRequestBuilders.get("/api/v1/patients/abc"), null), 400).get("errors")
            .get(0)
            .get("field")
            .asString()).isEqualTo("id");
        problem(call(MockMvcRequestBuilders.get("/api/v1/patients/" + f.patientA + "/plans/999999"), null), 404);
    }

    @Test
    void a_plan_request_error_names_the_field() throws Exception {
        JsonNode p = problem(call(MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/plans/preview"),
                "{\"kind\":\"titrate\",\"targetMgDay\":0}"), 400);
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("targetMgDay");
        p = problem(call(MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/plans/preview"),
                "{\"kind\":\"titrate\",\"targetMgDay\":30,\"product\":\"syrup\"}"), 400);
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("product");
        p = problem(call(MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/plans/preview"),
                "{\"kind\":\"juggle\"}"), 400);
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }

    /**
     * BACLOFEN.md §4: more than 15 mg/day to 0 in one step is CRITICAL; activating it
     * needs a typed reason.
     */
    @Test
    void a_critical_plan_needs_an_override_reason_and_supersedes_the_active_plan() throws Exception {
        String base = "/api/v1/patients/" + f.patientA + "/plans";
        JsonNode first = json
            .readTree(call(MockMvcRequestBuilders.post(base), "{\"kind\":\"titrate\",\"targetMgDay\":45}")
                .getContentAsString());
        assertThat(call(MockMvcRequestBuilders.post(base + "/" + first.get("id").asLong() + "/activate"), "{}")
            .getStatus()).isEqualTo(200);

        JsonNode abrupt = json
            .readTree(call(MockMvcRequestBuilders.post(base), "{\"kind\":\"taper\",\"fromMgDay\":60,\"stepMg\":20}")
                .getContentAsString());
        assertThat(abrupt.get("maxSeverity").asString()).isEqualTo("CRITICAL");
        assertThat(abrupt.get("plan").get("findings").valueStream().map(x -> x.get("code").asString()))
            .contains("ABRUPT_STOP");
        String activate = base + "/" + abrupt.get("id").asLong() + "/activate";
        JsonNode refused = problem(call(MockMvcRequestBuilders.post(activate), "{}"), 400);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("overrideReason");
        problem(call(MockMvcRequestBuilders.post(activate), "{\"overrideReason\":\"ok\"}"), 400);

        MockHttpServletResponse ok = call(MockMvcRequestBuilders.post(activate),
                "{\"overrideReason\":\"Life-threatening reaction; stopping under observation\"}");
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(json.readTree(ok.getContentAsString()).get("overrideReason").asString())
            .isEqualTo("Life-threatening reaction; stopping under observation");

        JsonNode history = json.readTree(call(MockMvcRequestBuilders.get(base), null).getContentAsString());
        assertThat(history.size()).isEqualTo(2);
        JsonNode newest = history.get(0);
        JsonNode older = history.get(1);
        assertThat(newest.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(older.get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(older.get("supersededBy").asLong()).isEqualTo(newest.get("id").asLong());
        assertThat(older.get("supersededOn").asString()).isEqualTo(newest.get("effectiveFrom").asString());
        assertThat(older.get("plan").get("steps").size()).as("history is kept whole").isPositive();
        problem(call(MockMvcRequestBuilders.post(activate), "{\"overrideReason\":\"again and again\"}"), 400);
    }

    @Test
    void an_edit_over_a_newer_version_is_a_conflict_and_changes_nothing() throws Exception {
        String url = "/api/v1/patients/" + f.patientA;
        JsonNode before = json.readTree(call(MockMvcRequestBuilders.get(url), null).getContentAsString());
        int version = before.get("version").asInt();
        String body = "{\"name\":\"Renamed once\",\"dateOfBirth\":\"1980-01-01\",\"sex\":\"male\",\"weightKg\":80,"
                + "\"creatinineValue\":1.0,\"creatinineUnit\":\"mg/dL\",\"creatinineDate\":\""
                + java.time.LocalDate.now(clock).minusDays(3) + "\",\"indication\":\"ms-spasticity\","
                + "\"timeZone\":\"Europe/London\",\"version\":" + version + "}";
        assertThat(call(MockMvcRequestBuilders.put(url), body).getStatus()).isEqualTo(200);
        JsonNode p = problem(call(MockMvcRequestBuilders.put(url), body.replace("Renamed once", "Renamed twice")), 409);
        assertThat(p.get("code").asString()).isEqualTo("CONFLICT");
        assertThat(
                json.readTree(call(MockMvcRequestBuilders.get(url), null).getContentAsString()).get("name").asString())
            .isEqualTo("Renamed once");
    }

    /** The web and the CLI give the same plan for the same input (issue 5 §1). */
    @Test
    void the_api_plan_matches_the_cli_plan_for_the_same_input() throws Exception {
        JsonNode api = json
            .readTree(call(MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/plans/preview"),
                    "{\"kind\":\"titrate\",\"targetMgDay\":60,\"startDate\":\"2027-01-04\"}")
                .getContentAsString());
        JsonNode patient = api.get("patient");
        var out = new java.io.StringWriter();
        var cl = org.baclo.cli.BacloCli.commandLine();
        cl.setOut(new java.io.PrintWriter(out));
        int exit = cl.execute("plan", "titrate", "--age", patient.get("ageYears").asString(), "--sex", "male",
                "--weight-kg", "80", "--creatinine-mg-dl", "1.0", "--med", "oxycodone", "--target-mg-day", "60",
                "--start-date", "2027-01-04", "--time-zone", "Europe/London", "--format", "json");
        assertThat(exit).isZero();
        JsonNode cli = json.readTree(out.toString());
        assertThat(api.get("steps")).isEqualTo(cli.get("steps"));
        assertThat(api.get("dispense")).isEqualTo(cli.get("dispense"));
        assertThat(api.get("findings")).isEqualTo(cli.get("findings"));
    }

    /**
     * Issue 15: a preview is the plan, its check and its concentration curve. The plan
     * document's fields stay where they were (top level); the curve is added beside them.
     */
    @Test
    void the_api_preview_carries_the_plans_concentration_curve() throws Exception {
        JsonNode api = json
            .readTree(call(MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/plans/preview"),
                    "{\"kind\":\"titrate\",\"targetMgDay\":60,\"startDate\":\"2027-01-04\"}")
                .getContentAsString());
        assertThat(api.has("plan")).isFalse();
        assertThat(api.get("steps").size()).isPositive();
        assertThat(api.get("findings").isArray()).isTrue();
        JsonNode c = api.get("concentration");
        assertThat(c.get("startDate").asString()).isEqualTo(api.get("steps").get(0).get("startDate").asString());
        assertThat(c.get("model").asString()).isNotBlank();
        int n = c.get("ngPerMl").size();
        assertThat(n).isGreaterThan(100);
        assertThat(c.get("stepHours").asDouble()).isEqualTo(0.5);
        java.time.LocalDate first = java.time.LocalDate.parse(api.get("steps").get(0).get("startDate").asString());
        JsonNode steps = api.get("steps");
        java.time.LocalDate last = java.time.LocalDate.parse(steps.get(steps.size() - 1).get("endDate").asString());
        long planHours = (java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1) * 24;
        assertThat((n - 1) * c.get("stepHours").asDouble()).isGreaterThanOrEqualTo(planHours - 1);
        // before the first dose nothing; once the doses rise, so does the concentration
        assertThat(c.get("ngPerMl").get(0).asDouble()).isZero();
        double early = c.get("ngPerMl").get(n / 10).asDouble();
        double late = 0;
        for (int i = n - 48; i < n; i++) {
            late = Math.max(late, c.get("ngPerMl").get(i).asDouble());
        }
        assertThat(late).isGreaterThan(early).isPositive();
    }

}
