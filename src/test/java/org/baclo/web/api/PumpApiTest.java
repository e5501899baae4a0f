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
        // a change of the record's medicines is a new version of the record, as the
        // application's own writes make it (patients are read by version: PatientLists)
        jdbc.update("update patient set version = version + 1, updated_at = current_timestamp where id = ?",
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

    @Test
    @DisplayName("flexed (issue 12.3): 00:00–08:00 at 10 mcg/h + 08:00–00:00 at 25 mcg/h = 480 mcg/day = 0.96 mL/day"
            + " at 500 mcg/mL; 16 mL above the alarm → alarm 2026-11-17, refill due 11-10, empty 11-19;"
            + " a flexed change is checked on its summed dose")
    void flexed() throws Exception {
        ok(CLINICIAN, MockMvcRequestBuilders.put(base()), PUMP);
        JsonNode fill = ok(CLINICIAN, MockMvcRequestBuilders.post(base() + "/refills"), """
                {"filledAt": "2026-11-01T00:00", "volumeMl": 18, "concentrationMcgMl": 500, "mode": "flexed",
                 "periods": [{"start": "00:00", "end": "08:00", "mcgPerHour": 10},
                             {"start": "08:00", "end": "24:00", "mcgPerHour": 25}]}""");
        assertThat(fill.get("findings")).isEmpty();
        JsonNode s = fill.get("schedule");
        assertThat(s.get("dailyVolumeMl").decimalValue()).isEqualByComparingTo("0.96");
        assertThat(s.get("alarmDate").asString()).isEqualTo("2026-11-17");
        assertThat(s.get("refillDueDate").asString()).isEqualTo("2026-11-10");
        assertThat(s.get("emptyDate").asString()).isEqualTo("2026-11-19");
        JsonNode pump = ok(PATIENT, MockMvcRequestBuilders.get(base()), null);
        JsonNode rx = pump.get("prescriptions").get(0);
        assertThat(rx.get("mode").asString()).isEqualTo("flexed");
        assertThat(rx.get("doseMcgDay").decimalValue()).isEqualByComparingTo("480");
        assertThat(rx.get("periods")).hasSize(2);
        assertThat(rx.get("periods").get(1).get("start").asString()).isEqualTo("08:00");
        assertThat(rx.get("periods").get(1).get("end").asString()).isEqualTo("00:00");
        assertThat(rx.get("periods").get(1).get("mcgPerHour").decimalValue()).isEqualByComparingTo("25");
        // 300 + 336 = 636 mcg/day: +32.5% in 24 h for spinal origin is more than +30%
        // [LBL-ITB]
        JsonNode fast = ok(CLINICIAN, MockMvcRequestBuilders.post(base() + "/prescriptions"), """
                {"from": "2026-11-02T12:00", "mode": "flexed",
                 "periods": [{"start": "00:00", "end": "12:00", "mcgPerHour": 25},
                             {"start": "12:00", "end": "00:00", "mcgPerHour": 28}]}""");
        assertThat(fast.findValuesAsString("code")).containsExactly("ITB_TITRATION_TOO_FAST");
        assertThat(fast.findValuesAsString("message").get(0)).contains("480").contains("636");
        // the volume left at the change (18 − 0.96 × 1.5 = 16.56 mL) projected at 636/500
        // = 1.272 mL/day
        assertThat(fast.get("schedule").get("dailyVolumeMl").decimalValue()).isEqualByComparingTo("1.272");
        assertThat(fast.get("schedule").get("alarmDate").asString()).isEqualTo("2026-11-13");
        JsonNode back = ok(CLINICIAN, MockMvcRequestBuilders.post(base() + "/prescriptions"), """
                {"from": "2026-11-03T12:00", "mode": "continuous", "proposedMcgDay": 600}""");
        assertThat(back.get("schedule").get("dailyVolumeMl").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(ok(CLINICIAN, MockMvcRequestBuilders.get(base()), null).findValuesAsString("mode"))
            .containsExactly("flexed", "flexed", "continuous");
    }

    @Test
    @DisplayName("bad flexed periods → 400 problem JSON naming the field: gap, zero rate, more than 24 h, bad time,"
            + " unknown mode, a daily dose with periods")
    void badPeriods() throws Exception {
        ok(CLINICIAN, MockMvcRequestBuilders.put(base()), PUMP);
        String fill = """
                {"filledAt": "2026-11-01T00:00", "volumeMl": 18, "concentrationMcgMl": 500, "mode": "%s",
                 %s "periods": [%s]}""";
        assertProblem(
                String.format(fill, "flexed", "",
                        "{\"start\": \"00:00\", \"end\": \"08:00\", \"mcgPerHour\": 10},"
                                + " {\"start\": \"09:00\", \"end\": \"00:00\", \"mcgPerHour\": 20}"),
                "periods[0].end", "09:00");
        assertProblem(
                String.format(fill, "flexed", "",
                        "{\"start\": \"00:00\", \"end\": \"08:00\", \"mcgPerHour\": 0},"
                                + " {\"start\": \"08:00\", \"end\": \"00:00\", \"mcgPerHour\": 20}"),
                "periods[0].mcgPerHour", "above 0");
        assertProblem(
                String.format(fill, "flexed", "",
                        "{\"start\": \"00:00\", \"end\": \"20:00\", \"mcgPerHour\": 10},"
                                + " {\"start\": \"20:00\", \"end\": \"10:00\", \"mcgPerHour\": 10},"
                                + " {\"start\": \"10:00\", \"end\": \"00:00\", \"mcgPerHour\": 10}"),
                "periods", "cover 48");
        assertProblem(
                String.format(fill, "flexed", "",
                        "{\"start\": \"25:00\", \"end\": \"08:00\", \"mcgPerHour\": 10},"
                                + " {\"start\": \"08:00\", \"end\": \"00:00\", \"mcgPerHour\": 20}"),
                "periods[0].start", "HH:MM");
        assertProblem(
                String.format(fill, "flexed", "", "{\"start\": \"00:00\", \"end\": \"00:00\", \"mcgPerHour\": 10}"),
                "periods", "from 2");
        assertProblem(String.format(fill, "pulsed", "", ""), "mode", "continuous or flexed");
        assertProblem(
                String.format(fill, "flexed", "\"doseMcgDay\": 400,",
                        "{\"start\": \"00:00\", \"end\": \"08:00\", \"mcgPerHour\": 10},"
                                + " {\"start\": \"08:00\", \"end\": \"00:00\", \"mcgPerHour\": 20}"),
                "doseMcgDay", "sum of the periods");
        assertThat(ok(CLINICIAN, MockMvcRequestBuilders.get(base()), null).get("refills")).isEmpty();
    }

    private void assertProblem(String body, String field, String says) throws Exception {
        MockHttpServletResponse r = call(CLINICIAN, MockMvcRequestBuilders.post(base() + "/refills"), body);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(400);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        assertThat(r.getContentAsString()).contains("\"" + field + "\"").contains(says);
    }

    @Test
    @DisplayName("screening (BACLOFEN.md §10): 50 none, 75 positive 6 h → candidate at 150 mcg/day [LBL-ITB], stored;"
            + " no response to 100 → not a candidate; bad boluses → 400 naming the field; patients read only")
    void screening() throws Exception {
        String url = base() + "/screening";
        assertThat(ok(CLINICIAN, MockMvcRequestBuilders.get(url), null).get("verdict").asString())
            .isEqualTo("continue");
        JsonNode yes = ok(CLINICIAN, MockMvcRequestBuilders.post(url), """
                {"boluses": [{"doseMcg": 50, "response": "none"},
                             {"doseMcg": 75, "response": "positive", "effectHours": 6}]}""");
        assertThat(yes.get("verdict").asString()).isEqualTo("candidate");
        assertThat(yes.get("suggestedStartMcgDay").decimalValue()).isEqualByComparingTo("150");
        assertThat(yes.get("source").asString()).isEqualTo("LBL-ITB");
        JsonNode read = ok(PATIENT, MockMvcRequestBuilders.get(url), null);
        assertThat(read.get("boluses")).hasSize(2);
        assertThat(read.get("boluses").get(1).get("effectHours").decimalValue()).isEqualByComparingTo("6");
        JsonNode no = ok(CLINICIAN, MockMvcRequestBuilders.post(url), """
                {"boluses": [{"doseMcg": 50, "response": "none"}, {"doseMcg": 75, "response": "none"},
                             {"doseMcg": 100, "response": "none"}]}""");
        assertThat(no.get("verdict").asString()).isEqualTo("not-a-candidate");
        assertThat(no.get("explanation").asString()).contains("not a candidate");

        MockHttpServletResponse order = call(CLINICIAN, MockMvcRequestBuilders.post(url), """
                {"boluses": [{"doseMcg": 75, "response": "none"}]}""");
        assertThat(order.getStatus()).isEqualTo(400);
        assertThat(order.getContentType()).startsWith("application/problem+json");
        assertThat(order.getContentAsString()).contains("\"boluses[0].doseMcg\"").contains("is 50 mcg, not 75 mcg");
        assertThat(call(CLINICIAN, MockMvcRequestBuilders.post(url), """
                {"boluses": [{"doseMcg": 50, "response": "maybe"}]}""").getContentAsString())
            .contains("\"boluses[0].response\"");
        assertThat(call(CLINICIAN, MockMvcRequestBuilders.post(url), """
                {"boluses": [{"doseMcg": 50, "response": "none", "effectHours": 3}]}""").getContentAsString())
            .contains("\"boluses[0].effectHours\"");
        assertThat(call(CLINICIAN, MockMvcRequestBuilders.post(url), """
                {"boluses": [{"doseMcg": 50, "response": "positive"}, {"doseMcg": 75, "response": "none"}]}""")
            .getContentAsString()).contains("\"boluses[1]\"").contains("the trial ended");
        assertThat(call(PATIENT, MockMvcRequestBuilders.post(url), """
                {"boluses": []}""").getStatus()).isEqualTo(403);
        assertThat(ok(CLINICIAN, MockMvcRequestBuilders.get(url), null).get("verdict").asString())
            .isEqualTo("not-a-candidate");
    }

}
