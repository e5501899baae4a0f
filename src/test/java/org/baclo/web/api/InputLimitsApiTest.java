package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baclo.units.InputLimits;
import org.baclo.units.Quote;
import org.baclo.web.api.ApiFixture.Actor;
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
 * Input limits (issue 8 §3): every number a range, every string a length, every date a
 * plausible range, every list a size; refused with 400 before the database, never rounded
 * silently, a bad value never echoed at length.
 */
class InputLimitsApiTest extends ApiTestBase {

    @Autowired
    JsonMapper json;

    private MockHttpServletResponse call(Actor who, MockHttpServletRequestBuilder b, String body) throws Exception {
        b.header("Authorization", "Bearer " + f.tokens.get(who));
        if (body != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private JsonNode bad(MockHttpServletResponse r) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(400);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        assertThat(r.getContentAsString().length()).as("no long echo").isLessThan(1500);
        return json.readTree(r.getContentAsString());
    }

    private static List<String> fields(JsonNode p) {
        return p.get("errors") == null ? List.of()
                : p.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static String patient(String field, String value) {
        String base = "{\"name\":\"Limits\",\"dateOfBirth\":\"1980-01-01\",\"sex\":\"male\",\"weightKg\":80,"
                + "\"creatinineValue\":1.0,\"creatinineUnit\":\"mg/dL\",\"creatinineDate\":\"2024-01-01\","
                + "\"indication\":\"ms-spasticity\",\"timeZone\":\"Europe/London\"}";
        return base.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}]*)", "\"" + field + "\":" + value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "creatinineValue|1e-7|creatinineValue",
            "creatinineValue|0.0001|creatinineValue", "creatinineValue|100000|creatinineValue",
            "creatinineValue|41|creatinineValue", "weightKg|80.123|weightKg", "weightKg|1e100000000|weightKg",
            "weightKg|-1e100000000|weightKg", "weightKg|1e-100000000|weightKg",
            "dateOfBirth|\"+999999999-12-31\"|dateOfBirth", "dateOfBirth|\"-999999999-01-01\"|dateOfBirth",
            "creatinineDate|\"-999999999-01-01\"|creatinineDate", "creatinineDate|\"1899-12-31\"|creatinineDate",
            "timeZone|\"Europe/London-and-a-very-long-tail-of-text-to-overflow-the-column\"|timeZone",
            "indication|\"ms-spasticity-ms-spasticity-ms-spasticity-ms-spasticity-xx\"|indication" })
    void an_out_of_range_patient_value_is_refused_and_nothing_is_saved(String field, String value, String named)
            throws Exception {
        long before = patients.count();
        JsonNode p = bad(call(Actor.CLINICIAN, MockMvcRequestBuilders.post("/api/v1/patients"), patient(field, value)));
        assertThat(fields(p)).contains(named);
        assertThat(patients.count()).isEqualTo(before);
    }

    @Test
    void the_reader_refuses_numbers_too_long_to_read_without_echoing_them() throws Exception {
        String huge = "1" + "0".repeat(5000);
        JsonNode p = bad(
                call(Actor.CLINICIAN, MockMvcRequestBuilders.post("/api/v1/patients"), patient("weightKg", huge)));
        assertThat(p.toString()).doesNotContain("00000000000000000000000000000000000000000");
        bad(call(Actor.CLINICIAN, MockMvcRequestBuilders.post("/api/v1/patients"), patient("weightKg", "1e999999999")));
        bad(call(Actor.CLINICIAN, MockMvcRequestBuilders.post("/api/v1/patients"),
                "[".repeat(1000) + "]".repeat(1000)));
    }

    @Test
    void strings_and_lists_have_maximum_sizes_and_are_not_echoed() throws Exception {
        String longName = "x".repeat(10_000);
        JsonNode p = bad(call(Actor.CLINICIAN, MockMvcRequestBuilders.post("/api/v1/patients"),
                patient("name", "\"" + longName + "\"")));
        assertThat(fields(p)).containsExactly("name");
        String meds = "["
                + String.join(",", java.util.stream.IntStream.range(0, 60).mapToObj(i -> "\"drug" + i + "\"").toList())
                + "]";
        assertThat(fields(bad(call(Actor.CLINICIAN, MockMvcRequestBuilders.post("/api/v1/patients"),
                patient("name", "\"Many meds\"").replace("}", ",\"medications\":" + meds + "}")))))
            .contains("medications");
        String unknown = "x".repeat(5000);
        JsonNode q = bad(call(Actor.CLINICIAN, MockMvcRequestBuilders.post("/api/v1/patients"),
                patient("name", "\"Unknown\"").replace("}", ",\"conditions\":[\"" + unknown + "\"]}")));
        assertThat(q.toString()).doesNotContain(unknown.substring(0, 100));
    }

    @Test
    void a_plan_request_out_of_range_is_refused() throws Exception {
        String url = "/api/v1/patients/" + f.patientA + "/plans/preview";
        assertThat(fields(bad(
                call(Actor.CLINICIAN, MockMvcRequestBuilders.post(url), "{\"kind\":\"titrate\",\"targetMgDay\":1e9}"))))
            .contains("targetMgDay");
        assertThat(fields(bad(call(Actor.CLINICIAN, MockMvcRequestBuilders.post(url),
                "{\"kind\":\"titrate\",\"targetMgDay\":30,\"startDate\":\"+999999999-12-31\"}"))))
            .contains("startDate");
        assertThat(fields(bad(call(Actor.CLINICIAN, MockMvcRequestBuilders.post(url),
                "{\"kind\":\"titrate\",\"targetMgDay\":30,\"intervalDays\":2147483647}"))))
            .contains("intervalDays");
        assertThat(fields(bad(call(Actor.CLINICIAN, MockMvcRequestBuilders.post(url),
                "{\"kind\":\"maintain\",\"currentMgDay\":30,\"maintenanceDays\":2147483647}"))))
            .contains("maintenanceDays");
    }

    @Test
    void an_over_long_override_reason_is_a_400() throws Exception {
        long plan = f.newDraft();
        String url = "/api/v1/patients/" + f.patientA + "/plans/" + plan + "/activate";
        JsonNode p = bad(call(Actor.CLINICIAN, MockMvcRequestBuilders.post(url),
                "{\"overrideReason\":\"" + "r".repeat(5000) + "\"}"));
        assertThat(fields(p)).contains("overrideReason");
    }

    @Test
    void admin_input_with_nulls_or_missing_records_is_a_400() throws Exception {
        assertThat(fields(bad(call(Actor.ADMIN,
                MockMvcRequestBuilders.put("/api/v1/admin/teams/" + f.teamA + "/members"), "{\"userIds\":[null]}"))))
            .anyMatch(x -> x.startsWith("userIds"));
        assertThat(fields(bad(call(Actor.ADMIN, MockMvcRequestBuilders.post("/api/v1/admin/users"),
                "{\"username\":\"" + ApiFixture.unique("pt") + "\",\"displayName\":\"P\",\"role\":\"PATIENT\","
                        + "\"patientId\":987654321}"))))
            .contains("patientId");
        assertThat(fields(bad(call(Actor.ADMIN, MockMvcRequestBuilders.post("/api/v1/admin/teams"),
                "{\"name\":\"" + "t".repeat(300) + "\"}"))))
            .contains("name");
    }

    @Test
    void the_openapi_schema_shows_the_limits() throws Exception {
        JsonNode doc = json.readTree(
                mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        JsonNode patient = doc.get("components").get("schemas").get("PatientForm").get("properties");
        assertThat(patient.get("weightKg").get("maximum").asString()).isEqualTo(InputLimits.WEIGHT_KG_MAX);
        assertThat(patient.get("weightKg").get("minimum").asString()).isEqualTo(InputLimits.WEIGHT_KG_MIN);
        assertThat(patient.get("heightCm").get("maximum").asString()).isEqualTo(InputLimits.HEIGHT_CM_MAX);
        assertThat(patient.get("heightCm").get("minimum").asString()).isEqualTo(InputLimits.HEIGHT_CM_MIN);
        assertThat(patient.get("name").get("maxLength").asInt()).isEqualTo(InputLimits.NAME_MAX);
        assertThat(patient.get("medications").get("maxItems").asInt()).isEqualTo(InputLimits.LIST_MAX);
        JsonNode plan = doc.get("components").get("schemas").get("PlanRequest").get("properties");
        assertThat(plan.get("override").get("maxLength").asInt()).isEqualTo(InputLimits.REASON_MAX);
    }

    @Test
    void a_quoted_value_is_short_and_a_huge_number_is_not_expanded() {
        assertThat(Quote.value("x".repeat(10_000))).hasSize(Quote.MAX);
        assertThat(Quote.number(new java.math.BigDecimal("1e100000000"))).isEqualTo("1E+100000000");
        assertThat(Quote.number(new java.math.BigDecimal("1e-7"))).isEqualTo("0.0000001");
        assertThat(Quote.number(new java.math.BigDecimal("80.5"))).isEqualTo("80.5");
        assertThat(Quote.number(new java.math.BigDecimal("8E+1"))).isEqualTo("80");
    }

    @Test
    void extreme_audit_dates_and_limits_are_not_a_500() throws Exception {
        for (String q : new String[] { "from=%2B999999999-12-31T23:59:59Z", "to=-999999999-01-01T00:00:00Z",
                "limit=2147483647", "limit=-5", "patientId=9223372036854775807", "username=" + "u".repeat(3000) }) {
            MockHttpServletResponse r = call(Actor.ADMIN, MockMvcRequestBuilders.get("/api/v1/admin/audit?" + q), null);
            assertThat(r.getStatus()).as(q).isIn(200, 400);
        }
    }

}
