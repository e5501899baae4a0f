package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclo.web.api.ApiFixture.Actor.CLINICIAN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9: the height on the patient record. Under 18 the kidney estimate is the bedside
 * Schwartz eGFR, which needs the height (BACLOFEN.md §5): with a height the planner
 * estimates it as {@code baclo plan --height-cm} does; without one RENAL_NOT_ESTIMATED
 * stays. The height is checked against the same limits as the command line's.
 */
class PatientHeightApiTest extends ApiTestBase {

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

    private String child(String height) {
        LocalDate today = LocalDate.now(clock);
        return "{\"name\":\"Child " + height + "\",\"dateOfBirth\":\"" + today.minusYears(8).minusMonths(2)
                + "\",\"sex\":\"female\",\"weightKg\":25" + (height == null ? "" : ",\"heightCm\":" + height)
                + ",\"creatinineValue\":0.5,\"creatinineUnit\":\"mg/dL\",\"creatinineDate\":\"" + today.minusDays(3)
                + "\",\"indication\":\"ms-spasticity\",\"timeZone\":\"Europe/London\",\"careTeamId\":" + f.teamA + "}";
    }

    private JsonNode create(String body) throws Exception {
        MockHttpServletResponse r = call(MockMvcRequestBuilders.post("/api/v1/patients"), body);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return json.readTree(r.getContentAsString());
    }

    private JsonNode preview(long patientId) throws Exception {
        MockHttpServletResponse r = call(
                MockMvcRequestBuilders.post("/api/v1/patients/" + patientId + "/plans/preview"),
                "{\"kind\":\"titrate\",\"targetMgDay\":15,\"startDate\":\"" + LocalDate.now(clock).plusDays(1) + "\"}");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return json.readTree(r.getContentAsString());
    }

    private static List<String> codes(JsonNode plan) {
        List<String> out = new ArrayList<>();
        plan.get("findings").forEach(x -> out.add(x.get("code").asString()));
        return out;
    }

    @Test
    void a_child_with_a_height_gets_a_schwartz_estimate_in_the_plan() throws Exception {
        JsonNode patient = create(child("128"));
        assertThat(patient.get("heightCm").decimalValue()).isEqualByComparingTo("128");
        assertThat(patient.get("renal").get("method").asString()).isEqualTo("bedside-schwartz");
        JsonNode read = json
            .readTree(call(MockMvcRequestBuilders.get("/api/v1/patients/" + patient.get("id").asLong()), null)
                .getContentAsString());
        assertThat(read.get("heightCm").decimalValue()).isEqualByComparingTo("128");

        JsonNode plan = preview(patient.get("id").asLong());
        assertThat(codes(plan)).doesNotContain("RENAL_NOT_ESTIMATED");
        assertThat(plan.get("crcl").get("method").asString()).isEqualTo("bedside-schwartz");
        assertThat(plan.get("crclMlPerMin").isNull()).isFalse();
        assertThat(plan.get("patient").get("heightCm").decimalValue()).isEqualByComparingTo("128");
    }

    @Test
    void a_child_without_a_height_keeps_renal_not_estimated() throws Exception {
        JsonNode patient = create(child(null));
        assertThat(patient.get("heightCm") == null || patient.get("heightCm").isNull()).isTrue();
        JsonNode plan = preview(patient.get("id").asLong());
        assertThat(codes(plan)).contains("RENAL_NOT_ESTIMATED");
        assertThat(plan.get("crclMlPerMin").isNull()).isTrue();
    }

    @Test
    void the_patient_form_takes_the_height_and_the_patient_page_shows_it() throws Exception {
        var clinician = user(f.principal(CLINICIAN));
        MockHttpServletResponse form = mvc.perform(MockMvcRequestBuilders.get("/patients/new").with(clinician))
            .andReturn()
            .getResponse();
        assertThat(form.getContentAsString()).contains("name=\"heightCm\"");
        LocalDate today = LocalDate.now(clock);
        MockHttpServletResponse created = mvc
            .perform(MockMvcRequestBuilders.post("/patients")
                .with(clinician)
                .with(csrf())
                .param("name", "Page child")
                .param("dateOfBirth", today.minusYears(8).toString())
                .param("sex", "male")
                .param("weightKg", "26")
                .param("heightCm", "131.5")
                .param("creatinineValue", "0.5")
                .param("creatinineUnit", "mg/dL")
                .param("creatinineDate", today.minusDays(2).toString())
                .param("indication", "ms-spasticity")
                .param("timeZone", "Europe/London")
                .param("careTeamId", String.valueOf(f.teamA)))
            .andReturn()
            .getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        MockHttpServletResponse page = mvc
            .perform(MockMvcRequestBuilders.get(created.getRedirectedUrl()).with(clinician))
            .andReturn()
            .getResponse();
        page.setCharacterEncoding("UTF-8");
        assertThat(page.getContentAsString()).contains("131.5 cm").contains("Bedside Schwartz eGFR");
        MockHttpServletResponse tooTall = mvc
            .perform(MockMvcRequestBuilders.post("/patients")
                .with(clinician)
                .with(csrf())
                .param("name", "Too tall")
                .param("dateOfBirth", today.minusYears(8).toString())
                .param("sex", "male")
                .param("weightKg", "26")
                .param("heightCm", "290")
                .param("creatinineValue", "0.5")
                .param("creatinineUnit", "mg/dL")
                .param("indication", "ms-spasticity")
                .param("timeZone", "Europe/London")
                .param("careTeamId", String.valueOf(f.teamA)))
            .andReturn()
            .getResponse();
        tooTall.setCharacterEncoding("UTF-8");
        assertThat(tooTall.getStatus()).isEqualTo(200);
        assertThat(tooTall.getContentAsString()).contains("heightCm-error")
            .contains("Height must be between 30 and 272 cm");
    }

    @Test
    void an_implausible_height_is_refused_naming_the_field() throws Exception {
        MockHttpServletResponse r = call(MockMvcRequestBuilders.post("/api/v1/patients"), child("500"));
        assertThat(r.getStatus()).isEqualTo(400);
        JsonNode p = json.readTree(r.getContentAsString());
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("heightCm");
        assertThat(p.get("errors").get(0).get("message").asString()).contains("30").contains("272");
    }

}
