package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclo.web.api.ApiFixture.Actor.ADMIN;
import static org.baclo.web.api.ApiFixture.Actor.CLINICIAN;
import static org.baclo.web.api.ApiFixture.Actor.OTHER_CLINICIAN;
import static org.baclo.web.api.ApiFixture.Actor.OTHER_PATIENT;
import static org.baclo.web.api.ApiFixture.Actor.PATIENT;

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
 * The diary batch API (issue 11.5): idempotent per client id, an answer per item, access
 * as for the record.
 */
class DiaryApiTest extends ApiTestBase {

    @Autowired
    JsonMapper json;

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

    private JsonNode upload(ApiFixture.Actor who, long patient, String body) throws Exception {
        MockHttpServletResponse r = call(who, MockMvcRequestBuilders.post("/api/v1/patients/" + patient + "/diary"),
                body);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return json.readTree(r.getContentAsString());
    }

    private JsonNode diary(long patient, String query) throws Exception {
        MockHttpServletResponse r = call(CLINICIAN,
                MockMvcRequestBuilders.get("/api/v1/patients/" + patient + "/diary" + query), null);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return json.readTree(r.getContentAsString());
    }

    private static List<String> results(JsonNode answer, String list) {
        List<String> out = new ArrayList<>();
        answer.get(list).forEach(i -> out.add(i.get("id").asString() + "=" + i.get("result").asString()));
        return out;
    }

    private static List<String> ids(JsonNode doc, String list) {
        List<String> out = new ArrayList<>();
        doc.get(list).forEach(i -> out.add(i.get("id").asString()));
        return out;
    }

    static String dose(String id, String at) {
        return "{\"id\": \"" + id + "\", \"at\": \"" + at + "\", \"status\": \"taken\", \"mg\": 5}";
    }

    static String batch(String... doses) {
        return "{\"doses\": [" + String.join(", ", doses) + "], \"observations\": [{\"id\": \"o-" + doses.length
                + "\", \"at\": \"2026-12-03T20:00:00+01:00\", \"kind\": \"spasticity-nrs\", \"value\": 6}]}";
    }

    @Test
    void the_same_batch_twice_stores_each_entry_once() throws Exception {
        String body = batch(dose("d1", "2026-12-03T08:05:00+01:00"), dose("d2", "2026-12-03T13:00:00+01:00"));
        JsonNode first = upload(PATIENT, f.patientA, body);
        assertThat(results(first, "doses")).containsExactly("d1=created", "d2=created");
        assertThat(first.get("created").asInt()).isEqualTo(3);
        JsonNode second = upload(PATIENT, f.patientA, body);
        assertThat(results(second, "doses")).containsExactly("d1=duplicate", "d2=duplicate");
        assertThat(results(second, "observations")).containsExactly("o-2=duplicate");
        assertThat(second.get("created").asInt()).isZero();
        JsonNode doc = diary(f.patientA, "?from=2026-12-01&to=2026-12-05");
        assertThat(ids(doc, "doses")).containsExactly("d1", "d2");
        assertThat(ids(doc, "observations")).containsExactly("o-2");
        assertThat(doc.get("doses").get(0).get("at").asString()).isEqualTo("2026-12-03T08:05+01:00");
        assertThat(doc.get("doses").get(0).get("mg").asInt()).isEqualTo(5);
    }

    @Test
    void overlapping_and_out_of_order_batches_take_their_place_in_time() throws Exception {
        upload(PATIENT, f.patientA,
                batch(dose("late", "2026-12-03T20:00:00+01:00"), dose("mid", "2026-12-03T13:00:00+01:00")));
        JsonNode second = upload(CLINICIAN, f.patientA,
                batch(dose("mid", "2026-12-03T13:00:00+01:00"), dose("early", "2026-12-03T07:00:00Z")));
        assertThat(results(second, "doses")).containsExactly("mid=duplicate", "early=created");
        JsonNode doc = diary(f.patientA, "?from=2026-12-03&to=2026-12-03");
        assertThat(ids(doc, "doses")).containsExactly("early", "mid", "late");
        assertThat(doc.get("timeZone").asString()).isEqualTo("Europe/London");
    }

    @Test
    void a_bad_item_is_rejected_with_its_field_errors_and_the_others_are_stored() throws Exception {
        JsonNode answer = upload(PATIENT, f.patientA, "{\"doses\": [" + dose("ok", "2026-12-03T08:00:00+01:00")
                + ", {\"id\": \"bad\", \"at\": \"2026-12-03T09:00:00\", \"status\": \"taken\"}], \"observations\":"
                + " [{\"id\": \"m1\", \"at\": \"2026-12-03T10:00:00+01:00\", \"kind\": \"mas\", \"muscle\":"
                + " \"elbow flexors\", \"side\": \"left\", \"grade\": \"1+\"}]}");
        assertThat(results(answer, "doses")).containsExactly("ok=created", "bad=rejected");
        List<String> fields = new ArrayList<>();
        answer.get("doses").get(1).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("doses[1].at", "doses[1].mg");
        // Modified Ashworth grades are clinician-entered (BACLOFEN.md §11): a patient's
        // is refused, a clinician's kept
        assertThat(results(answer, "observations")).containsExactly("m1=rejected");
        assertThat(answer.get("rejected").asInt()).isEqualTo(2);
        assertThat(ids(diary(f.patientA, "?from=2026-12-03&to=2026-12-03"), "doses")).containsExactly("ok");
        JsonNode byClinician = upload(CLINICIAN, f.patientA,
                "{\"observations\": [{\"id\": \"m1\", \"at\":"
                        + " \"2026-12-03T10:00:00+01:00\", \"kind\": \"mas\", \"muscle\": \"elbow flexors\", \"side\":"
                        + " \"left\", \"grade\": \"1+\"}]}");
        assertThat(results(byClinician, "observations")).containsExactly("m1=created");
    }

    @Test
    void other_patients_and_other_teams_are_refused() throws Exception {
        String body = batch(dose("x1", "2026-12-03T08:00:00+01:00"));
        for (ApiFixture.Actor who : List.of(OTHER_PATIENT, OTHER_CLINICIAN)) {
            MockHttpServletResponse r = call(who,
                    MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/diary"), body);
            assertThat(r.getStatus()).isEqualTo(404);
            assertThat(json.readTree(r.getContentAsString()).get("code").asString()).isEqualTo("NOT_FOUND");
        }
        MockHttpServletResponse admin = call(ADMIN,
                MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/diary"), body);
        assertThat(admin.getStatus()).isEqualTo(403);
        MockHttpServletResponse read = call(OTHER_PATIENT,
                MockMvcRequestBuilders.get("/api/v1/patients/" + f.patientA + "/diary"), null);
        assertThat(read.getStatus()).isEqualTo(404);
        assertThat(ids(diary(f.patientA, "?from=2026-12-01&to=2026-12-05"), "doses")).isEmpty();
    }

    @Test
    void a_bad_document_is_a_problem() throws Exception {
        MockHttpServletResponse r = call(PATIENT,
                MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/diary"), "{\"doses\": [");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(r.getContentAsString()).get("code").asString()).isEqualTo("MALFORMED_JSON");
        r = call(PATIENT, MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/diary"), "{\"dose\": []}");
        assertThat(r.getStatus()).isEqualTo(400);
        JsonNode p = json.readTree(r.getContentAsString());
        assertThat(p.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("dose");
        r = call(CLINICIAN,
                MockMvcRequestBuilders.get("/api/v1/patients/" + f.patientA + "/diary?from=2026-12-05&to=2026-12-01"),
                null);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json.readTree(r.getContentAsString()).get("errors").get(0).get("field").asString()).isEqualTo("to");
    }

}
