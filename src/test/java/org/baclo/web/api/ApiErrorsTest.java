package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.baclo.patient.PatientRepository;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.ApiTokenService;
import org.baclo.security.AppUserRepository;
import org.baclo.security.CareTeamRepository;
import org.baclo.testsupport.RawHttp;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors raised outside the controllers, on a real Tomcat: unknown paths, wrong methods
 * and media types, URLs Tomcat refuses, and 406 decided before anything is written. Each
 * is a problem document with its code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestKnowledge.class)
class ApiErrorsTest {

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    CareTeamRepository teams;

    @Autowired
    PatientRepository patients;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PlanWorkflow plans;

    @Autowired
    Clock clock;

    @Autowired
    JsonMapper json;

    ApiFixture f;

    @BeforeEach
    void clinic() {
        f = new ApiFixture(users, teams, patients, tokens, plans, clock);
    }

    private RawHttp.Response send(ApiFixture.Actor who, String method, String target, Map<String, String> headers,
            String body) throws Exception {
        Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        if (who != ApiFixture.Actor.ANONYMOUS) {
            h.put("Authorization", "Bearer " + f.tokens.get(who));
        }
        return RawHttp.send(port, method, target, h, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode problem(RawHttp.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).as(r.body()).startsWith("application/problem+json");
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("code").asString()).isEqualTo(code);
        return p;
    }

    private static final String PATIENT = "{\"name\":\"Accept test\",\"dateOfBirth\":\"1980-01-01\",\"sex\":\"male\","
            + "\"weightKg\":80,\"measuredCrclMlMin\":90,\"indication\":\"ms-spasticity\","
            + "\"timeZone\":\"Europe/London\"}";

    @Test
    void an_unacceptable_accept_header_is_406_before_anything_is_saved() throws Exception {
        long before = patients.count();
        for (String accept : new String[] { "text/html", "image/png", "application/xml", "text/plain;q=1" }) {
            problem(send(ApiFixture.Actor.CLINICIAN, "POST", "/api/v1/patients",
                    Map.of("Accept", accept, "Content-Type", "application/json"), PATIENT), 406, "NOT_ACCEPTABLE");
            problem(send(ApiFixture.Actor.CLINICIAN, "GET", "/api/v1/patients", Map.of("Accept", accept), null), 406,
                    "NOT_ACCEPTABLE");
        }
        assertThat(patients.count()).as("a 406 saves nothing").isEqualTo(before);
        assertThat(send(ApiFixture.Actor.CLINICIAN, "POST", "/api/v1/patients",
                Map.of("Accept", "application/json", "Content-Type", "application/json"), PATIENT)
            .status()).isEqualTo(201);
    }

    @Test
    void unknown_paths_and_methods_are_problem_documents() throws Exception {
        problem(send(ApiFixture.Actor.CLINICIAN, "GET", "/api/v1/nope", Map.of(), null), 404, "NOT_FOUND");
        problem(send(ApiFixture.Actor.CLINICIAN, "GET", "/api/v1/patients/", Map.of(), null), 404, "NOT_FOUND");
        problem(send(ApiFixture.Actor.CLINICIAN, "GET", "/api/v1/nope", Map.of("Accept", "text/html"), null), 404,
                "NOT_FOUND");
        problem(send(ApiFixture.Actor.CLINICIAN, "DELETE", "/api/v1/patients", Map.of(), null), 405,
                "METHOD_NOT_ALLOWED");
    }

    @Test
    void a_body_that_is_not_json_is_415() throws Exception {
        problem(send(ApiFixture.Actor.CLINICIAN, "POST", "/api/v1/patients", Map.of("Content-Type", "text/plain"),
                PATIENT), 415, "UNSUPPORTED_MEDIA_TYPE");
        problem(send(ApiFixture.Actor.CLINICIAN, "PUT", "/api/v1/patients/" + f.patientA,
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "name=%zz&x=%s%n"), 415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void a_body_above_the_limit_is_413_and_changes_nothing() throws Exception {
        // 5 MB: above the 1 MiB limit and above Tomcat's default swallow size of 2 MB
        // (the
        // client writes the whole body before it reads, as the fuzz test's client does)
        String huge = "{\"name\": \"" + "x".repeat(5_000_000) + "\"}";
        long before = patients.count();
        JsonNode p = problem(send(ApiFixture.Actor.CLINICIAN, "POST", "/api/v1/patients",
                Map.of("Content-Type", "application/json"), huge), 413, "PAYLOAD_TOO_LARGE");
        assertThat(p.get("detail").asText()).contains("limit is 1048576 bytes");
        assertThat(patients.count()).isEqualTo(before);
        // a body below the limit is read as before
        problem(send(ApiFixture.Actor.CLINICIAN, "POST", "/api/v1/patients", Map.of("Content-Type", "application/json"),
                "{\"name\": \"" + "x".repeat(500_000) + "\"}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void urls_tomcat_refuses_are_problem_documents_too() throws Exception {
        problem(send(ApiFixture.Actor.ANONYMOUS, "GET", "/api/v1/%", Map.of(), null), 400, "BAD_REQUEST");
        problem(send(ApiFixture.Actor.ANONYMOUS, "GET", "/api/v1/%zz", Map.of(), null), 400, "BAD_REQUEST");
        for (String target : new String[] { "/api/v1/patients/[", "/api/v1/patients/{id}", "/api/v1/x?q=<b>",
                "/api/v1/knowledge/substances?q=%s%n" }) {
            RawHttp.Response r = send(ApiFixture.Actor.CLINICIAN, "GET", target, Map.of(), null);
            assertThat(r.status()).as(target).isEqualTo(400);
            assertThat(r.contentType()).as(target).startsWith("application/problem+json");
            assertThat(r.body()).as(target).doesNotContain("Tomcat").doesNotContain("<html");
        }
    }

    @Test
    void odd_ids_are_refused_not_resolved() throws Exception {
        String own = "/api/v1/patients/" + f.patientA;
        assertThat(send(ApiFixture.Actor.CLINICIAN, "GET", own, Map.of(), null).status()).isEqualTo(200);
        for (String id : new String[] { "+" + f.patientA, "0x" + Long.toHexString(f.patientA), "%EF%BC%91",
                "0" + f.patientA, f.patientA + ".0", "-1", "99999999999999999999" }) {
            RawHttp.Response r = send(ApiFixture.Actor.CLINICIAN, "GET", "/api/v1/patients/" + id, Map.of(), null);
            assertThat(r.status()).as(id).isIn(400, 404);
            assertThat(r.contentType()).as(id).startsWith("application/problem+json");
        }
        problem(send(ApiFixture.Actor.CLINICIAN, "GET", "/api/v1/patients/abc", Map.of(), null), 400,
                "INVALID_PARAMETER");
    }

    @Test
    void anonymous_and_wrong_role_callers_get_401_and_403_documents() throws Exception {
        problem(send(ApiFixture.Actor.ANONYMOUS, "GET", "/api/v1/patients", Map.of(), null), 401, "UNAUTHENTICATED");
        problem(send(ApiFixture.Actor.ANONYMOUS, "GET", "/api/v1/patients", Map.of("Authorization", "Bearer nonsense"),
                null), 401, "UNAUTHENTICATED");
        problem(send(ApiFixture.Actor.ADMIN, "GET", "/api/v1/patients/" + f.patientA, Map.of(), null), 403,
                "FORBIDDEN");
        problem(send(ApiFixture.Actor.CLINICIAN, "GET", "/api/v1/admin/users", Map.of(), null), 403, "FORBIDDEN");
    }

}
