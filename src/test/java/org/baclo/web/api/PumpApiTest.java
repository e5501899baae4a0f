package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclo.web.api.ApiFixture.Actor.CLINICIAN;
import static org.baclo.web.api.ApiFixture.Actor.OTHER_CLINICIAN;
import static org.baclo.web.api.ApiFixture.Actor.PATIENT;

import java.time.Instant;
import org.baclo.diary.AlertStore;
import org.baclo.diary.StoredAlert;
import org.baclo.followup.AlertCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pump API (issue 12): record, refill dates, residual check, dose-change check,
 * refill list, pump alerts.
 */
class PumpApiTest extends ApiTestBase {

    private static final String PUMP = """
            {"model": "SynchroMed II", "reservoirMl": 20, "alarmMl": 2, "implantDate": "2026-10-01",
             "origin": "spinal", "catheterTip": "T10"}""";

    @Autowired
    JsonMapper json;

    @Autowired
    AlertStore alerts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private MockHttpServletResponse call(ApiFixture.Actor who, MockHttpServletRequestBuilder b, String body)
            throws Exception {
        b.header("Authorization", "Bearer " + f.tokens.get(who));
        if (body != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private JsonNode ok(ApiFixture.Actor who, MockHttpServletRequestBuilder b, String body) throws Exception {
        MockHttpServletResponse r = call(who, b, body);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return json.readTree(r.getContentAsString());
    }

    private String base() {
        return "/api/v1/patients/" + f.patientA + "/pump";
    }

    @Test
    @DisplayName("a 20 mL pump filled to 18 mL on 2026-11-01 at 500 mcg/mL and 400 mcg/day: 0.8 mL/day, alarm 11-21,"
            + " refill due 11-14; on the refill list; overdue → REFILL_OVERDUE (CRITICAL)")
    void refillDates() throws Exception {
        ok(CLINICIAN, MockMvcRequestBuilders.put(base()), PUMP);
        JsonNode first = ok(CLINICIAN, MockMvcRequestBuilders.post(base() + "/refills"), """
                {"filledAt": "2026-11-01T00:00", "volumeMl": 18, "concentrationMcgMl": 500, "doseMcgDay": 400}""");
        assertThat(first.get("findings")).isEmpty();
        JsonNode pump = ok(PATIENT, MockMvcRequestBuilders.get(base()), null);
        JsonNode s = pump.get("schedule");
        assertThat(s.get("dailyVolumeMl").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(s.get("alarmDate").asString()).isEqualTo("2026-11-21");
        assertThat(s.get("refillDueDate").asString()).isEqualTo("2026-11-14");
        JsonNode list = ok(CLINICIAN, MockMvcRequestBuilders.get("/api/v1/pumps/refills"), null);
        assertThat(list.findValuesAsString("refillDueDate")).contains("2026-11-14");
        alerts.reevaluate(f.patientA, Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(alerts.open(f.patientA)).extracting(StoredAlert::code).contains(AlertCode.REFILL_OVERDUE);
    }

    @Test
    @DisplayName("a refill whose residual differs from the expected one by 5 mL → RESIDUAL_DISCREPANCY; +40% in 24 h"
            + " (spinal) → ITB_TITRATION_TOO_FAST")
    void checks() throws Exception {
        ok(CLINICIAN, MockMvcRequestBuilders.put(base()), PUMP);
        ok(CLINICIAN, MockMvcRequestBuilders.post(base() + "/refills"), """
                {"filledAt": "2026-11-01T00:00", "volumeMl": 18, "concentrationMcgMl": 500, "doseMcgDay": 400}""");
        JsonNode second = ok(CLINICIAN, MockMvcRequestBuilders.post(base() + "/refills"), """
                {"filledAt": "2026-11-11T00:00", "residualMl": 15, "volumeMl": 18, "concentrationMcgMl": 500,
                 "doseMcgDay": 400}""");
        assertThat(second.findValuesAsString("code")).containsExactly("RESIDUAL_DISCREPANCY");
        JsonNode fast = ok(CLINICIAN, MockMvcRequestBuilders.post(base() + "/prescriptions"), """
                {"from": "2026-11-12T09:00", "proposedMcgDay": 560}""");
        assertThat(fast.findValuesAsString("code")).containsExactly("ITB_TITRATION_TOO_FAST");
        JsonNode fine = ok(CLINICIAN, MockMvcRequestBuilders.post(base() + "/prescriptions"), """
                {"from": "2026-11-13T09:00", "proposedMcgDay": 600}""");
        assertThat(fine.get("findings")).isEmpty();
        // epidural morphine among the patient's recorded medicines [LBL-GAB]
        jdbc.update("insert into patient_medication (patient, patient_key, name) values (?, 99, 'epidural morphine')",
                f.patientA);
        JsonNode morphine = ok(CLINICIAN, MockMvcRequestBuilders.post(base() + "/prescriptions"), """
                {"from": "2026-11-14T09:00", "proposedMcgDay": 620}""");
        assertThat(morphine.findValuesAsString("code")).containsExactly("INTERACTION_ITB_EPIDURAL_MORPHINE");
        assertThat(ok(CLINICIAN, MockMvcRequestBuilders.get(base()), null).get("prescriptions")).hasSize(5);
    }

    @Test
    @DisplayName("bad input names the field; only the care team's clinicians change a pump")
    void refusals() throws Exception {
        ok(CLINICIAN, MockMvcRequestBuilders.put(base()), PUMP);
        MockHttpServletResponse over = call(CLINICIAN, MockMvcRequestBuilders.post(base() + "/refills"), """
                {"filledAt": "2026-11-01T00:00", "volumeMl": 25, "concentrationMcgMl": 0.5, "doseMcgDay": 400}""");
        assertThat(over.getStatus()).isEqualTo(400);
        assertThat(over.getContentType()).startsWith("application/problem+json");
        assertThat(over.getContentAsString()).contains("volumeMl")
            .contains("concentrationMcgMl")
            .contains("looks like mg/mL");
        assertThat(call(PATIENT, MockMvcRequestBuilders.put(base()), PUMP).getStatus()).isEqualTo(403);
        assertThat(call(OTHER_CLINICIAN, MockMvcRequestBuilders.get(base()), null).getStatus()).isEqualTo(404);
        assertThat(call(CLINICIAN, MockMvcRequestBuilders.put(base()), PUMP.replace("spinal", "lumbar"))
            .getContentAsString()).contains("origin");
        assertThat(call(CLINICIAN, MockMvcRequestBuilders.get("/api/v1/patients/" + f.patientB + "/pump"), null)
            .getStatus()).isEqualTo(404);
    }

}
