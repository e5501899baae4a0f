package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclo.web.api.ApiFixture.Actor.ADMIN;
import static org.baclo.web.api.ApiFixture.Actor.ANONYMOUS;
import static org.baclo.web.api.ApiFixture.Actor.CLINICIAN;
import static org.baclo.web.api.ApiFixture.Actor.OTHER_CLINICIAN;
import static org.baclo.web.api.ApiFixture.Actor.OTHER_PATIENT;
import static org.baclo.web.api.ApiFixture.Actor.PATIENT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.baclo.security.AuditFilter;
import org.baclo.security.AuditService;
import org.baclo.web.api.ApiFixture.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint × {anonymous, patient, another patient, clinician on the team,
 * clinician not on the team, admin}, with the expected status. An endpoint added without
 * a row here fails the test.
 */
class AuthorizationMatrixTest extends ApiTestBase {

    @Autowired
    AuditService audit;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * One endpoint: how to build its request for an actor (fresh state where a call
     * changes it).
     */
    record Row(HttpMethod method, String pattern, Function<Actor, MockHttpServletRequestBuilder> request,
            Map<Actor, Integer> expected) {
    }

    private static Map<Actor, Integer> expect(int anonymous, int patient, int otherPatient, int clinician,
            int otherClinician, int admin) {
        Map<Actor, Integer> m = new EnumMap<>(Actor.class);
        m.put(ANONYMOUS, anonymous);
        m.put(PATIENT, patient);
        m.put(OTHER_PATIENT, otherPatient);
        m.put(CLINICIAN, clinician);
        m.put(OTHER_CLINICIAN, otherClinician);
        m.put(ADMIN, admin);
        return m;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String patientBody() {
        return "{\"name\":\"" + ApiFixture.unique("Matrix patient ") + "\",\"dateOfBirth\":\"1970-05-01\","
                + "\"sex\":\"female\",\"weightKg\":70,\"creatinineValue\":0.9,\"creatinineUnit\":\"mg/dL\","
                + "\"creatinineDate\":\"" + java.time.LocalDate.now(clock).minusDays(1) + "\","
                + "\"indication\":\"ms-spasticity\",\"timeZone\":\"Europe/London\"}";
    }

    private static final String PLAN = "{\"kind\":\"titrate\",\"targetMgDay\":30}";

    private static final String PUMP = "{\"model\":\"SynchroMed II\",\"reservoirMl\":20,\"origin\":\"spinal\"}";

    @org.springframework.beans.factory.annotation.Autowired
    org.baclo.pumpclinic.PumpService pumps;

    /** Patient A gets a pump filled two days ago (once per fixture). */
    private void pumpWithAFill(long patient) {
        var clinician = f.principal(CLINICIAN);
        if (pumps.status(clinician, patient).isEmpty()) {
            pumps.savePump(clinician, patient, new org.baclo.pumpclinic.PumpService.PumpForm("SynchroMed II",
                    java.math.BigDecimal.valueOf(20), null, null, "spinal", null, null));
            pumps.recordRefill(clinician, patient,
                    new org.baclo.pumpclinic.PumpService.RefillForm(java.time.LocalDateTime.now(clock).minusDays(2),
                            null, java.math.BigDecimal.valueOf(18), java.math.BigDecimal.valueOf(500),
                            java.math.BigDecimal.valueOf(400)));
        }
    }

    List<Row> rows() {
        long a = f.patientA;
        String p = "/api/v1/patients/" + a;
        List<Row> r = new ArrayList<>();
        // public knowledge
        r.add(new Row(HttpMethod.GET, "/api/v1/knowledge/topics",
                x -> MockMvcRequestBuilders.get("/api/v1/knowledge/topics"), expect(200, 200, 200, 200, 200, 200)));
        r.add(new Row(HttpMethod.GET, "/api/v1/knowledge/topics/{id}",
                x -> MockMvcRequestBuilders.get("/api/v1/knowledge/topics/dosing"),
                expect(200, 200, 200, 200, 200, 200)));
        r.add(new Row(HttpMethod.GET, "/api/v1/knowledge/substances",
                x -> MockMvcRequestBuilders.get("/api/v1/knowledge/substances?q=oxy"),
                expect(200, 200, 200, 200, 200, 200)));
        // calculators (no patient record; any signed-in user)
        r.add(new Row(HttpMethod.GET, "/api/v1/tools/crcl",
                x -> MockMvcRequestBuilders
                    .get("/api/v1/tools/crcl?ageYears=60&sex=female&weightKg=70&creatinineMgDl=0.9"),
                expect(401, 200, 200, 200, 200, 200)));
        r.add(new Row(HttpMethod.GET, "/api/v1/tools/simulation",
                x -> MockMvcRequestBuilders.get("/api/v1/tools/simulation?singleDoseMg=10"),
                expect(401, 200, 200, 200, 200, 200)));
        r.add(new Row(HttpMethod.POST, "/api/v1/plan-documents/check",
                x -> json(MockMvcRequestBuilders.post("/api/v1/plan-documents/check"),
                        "{\"steps\":[{\"startDate\":\"2025-03-01\",\"dailyMg\":15}]}"),
                expect(401, 200, 200, 200, 200, 200)));
        // own account
        r.add(new Row(HttpMethod.GET, "/api/v1/me", x -> MockMvcRequestBuilders.get("/api/v1/me"),
                expect(401, 200, 200, 200, 200, 200)));
        r.add(new Row(HttpMethod.GET, "/api/v1/me/tokens", x -> MockMvcRequestBuilders.get("/api/v1/me/tokens"),
                expect(401, 200, 200, 200, 200, 200)));
        r.add(new Row(HttpMethod.POST, "/api/v1/me/tokens",
                x -> json(MockMvcRequestBuilders.post("/api/v1/me/tokens"), "{\"name\":\"matrix\"}"),
                expect(401, 201, 201, 201, 201, 201)));
        r.add(new Row(HttpMethod.DELETE, "/api/v1/me/tokens/{id}",
                x -> MockMvcRequestBuilders
                    .delete("/api/v1/me/tokens/" + tokens.create(f.users.get(PATIENT).id(), "target").token().id()),
                expect(401, 204, 404, 404, 404, 404)));
        // patients
        r.add(new Row(HttpMethod.GET, "/api/v1/patients", x -> MockMvcRequestBuilders.get("/api/v1/patients"),
                expect(401, 200, 200, 200, 200, 403)));
        r.add(new Row(HttpMethod.POST, "/api/v1/patients",
                x -> json(MockMvcRequestBuilders.post("/api/v1/patients"), patientBody()),
                expect(401, 403, 403, 201, 201, 403)));
        r.add(new Row(HttpMethod.GET, "/api/v1/patients/{id}", x -> MockMvcRequestBuilders.get(p),
                expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.PUT, "/api/v1/patients/{id}", x -> json(MockMvcRequestBuilders.put(p), patientBody()),
                expect(401, 403, 403, 200, 404, 403)));
        // plans
        r.add(new Row(HttpMethod.GET, "/api/v1/patients/{patientId}/plans",
                x -> MockMvcRequestBuilders.get(p + "/plans"), expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.POST, "/api/v1/patients/{patientId}/plans/preview",
                x -> json(MockMvcRequestBuilders.post(p + "/plans/preview"), PLAN),
                expect(401, 403, 403, 200, 404, 403)));
        r.add(new Row(HttpMethod.POST, "/api/v1/patients/{patientId}/plans",
                x -> json(MockMvcRequestBuilders.post(p + "/plans"), PLAN), expect(401, 403, 403, 201, 404, 403)));
        r.add(new Row(HttpMethod.GET, "/api/v1/patients/{patientId}/plans/{planId}",
                x -> MockMvcRequestBuilders.get(p + "/plans/" + f.newDraft()), expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.POST, "/api/v1/patients/{patientId}/plans/{planId}/activate",
                x -> json(MockMvcRequestBuilders.post(p + "/plans/" + f.newDraft() + "/activate"), "{}"),
                expect(401, 403, 403, 200, 404, 403)));
        // pumps
        pumpWithAFill(a);
        r.add(new Row(HttpMethod.GET, "/api/v1/patients/{id}/pump", x -> MockMvcRequestBuilders.get(p + "/pump"),
                expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.PUT, "/api/v1/patients/{id}/pump",
                x -> json(MockMvcRequestBuilders.put(p + "/pump"), PUMP), expect(401, 403, 403, 200, 404, 403)));
        r.add(new Row(HttpMethod.POST, "/api/v1/patients/{id}/pump/refills",
                x -> json(MockMvcRequestBuilders.post(p + "/pump/refills"),
                        "{\"residualMl\":4,\"volumeMl\":18," + "\"concentrationMcgMl\":500,\"doseMcgDay\":400}"),
                expect(401, 403, 403, 200, 404, 403)));
        r.add(new Row(HttpMethod.POST, "/api/v1/patients/{id}/pump/prescriptions",
                x -> json(MockMvcRequestBuilders.post(p + "/pump/prescriptions"), "{\"proposedMcgDay\":420}"),
                expect(401, 403, 403, 200, 404, 403)));
        r.add(new Row(HttpMethod.GET, "/api/v1/patients/{id}/pump/screening",
                x -> MockMvcRequestBuilders.get(p + "/pump/screening"), expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.POST, "/api/v1/patients/{id}/pump/screening",
                x -> json(MockMvcRequestBuilders.post(p + "/pump/screening"),
                        "{\"boluses\":[{\"doseMcg\":50,\"response\":\"none\"}]}"),
                expect(401, 403, 403, 200, 404, 403)));
        r.add(new Row(HttpMethod.GET, "/api/v1/pumps/refills", x -> MockMvcRequestBuilders.get("/api/v1/pumps/refills"),
                expect(401, 403, 403, 200, 200, 403)));
        // diary and follow-up alerts
        r.add(new Row(HttpMethod.POST, "/api/v1/patients/{id}/diary",
                x -> json(MockMvcRequestBuilders.post(p + "/diary"),
                        "{\"doses\":[{\"id\":\"" + ApiFixture.unique("m")
                                + "\",\"at\":\"2026-12-03T08:00:00+01:00\",\"status\":\"taken\"," + "\"mg\":5}]}"),
                expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.GET, "/api/v1/patients/{id}/diary", x -> MockMvcRequestBuilders.get(p + "/diary"),
                expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.GET, "/api/v1/patients/{id}/followup",
                x -> MockMvcRequestBuilders.get(p + "/followup?at=" + activePlan(a)),
                expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.POST, "/api/v1/patients/{id}/calendar-token",
                x -> MockMvcRequestBuilders.post(p + "/calendar-token"), expect(401, 201, 404, 201, 404, 403)));
        r.add(new Row(HttpMethod.DELETE, "/api/v1/patients/{id}/calendar-token",
                x -> MockMvcRequestBuilders.delete(p + "/calendar-token"), expect(401, 204, 404, 204, 404, 403)));
        r.add(new Row(HttpMethod.GET, "/api/v1/patients/{id}/alerts", x -> MockMvcRequestBuilders.get(p + "/alerts"),
                expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.POST, "/api/v1/patients/{id}/alerts/{alertId}/acknowledge",
                x -> json(MockMvcRequestBuilders.post(p + "/alerts/" + openAlert(a) + "/acknowledge"), "{}"),
                expect(401, 403, 403, 200, 404, 403)));
        r.add(new Row(HttpMethod.POST, "/api/v1/patients/{id}/alerts/{alertId}/resolve",
                x -> json(MockMvcRequestBuilders.post(p + "/alerts/" + openAlert(a) + "/resolve"),
                        "{\"note\":\"Matrix.\"}"),
                expect(401, 403, 403, 200, 404, 403)));
        // exchange
        r.add(new Row(HttpMethod.GET, "/api/v1/patients/{id}/fhir", x -> MockMvcRequestBuilders.get(p + "/fhir"),
                expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.GET, "/api/v1/patients/{id}/report.pdf",
                x -> MockMvcRequestBuilders.get(p + "/report.pdf?version=patient"),
                expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.GET, "/api/v1/patients/{id}/exports/{dataset}.csv",
                x -> MockMvcRequestBuilders.get(p + "/exports/doses.csv"), expect(401, 200, 404, 200, 404, 403)));
        r.add(new Row(HttpMethod.GET, "/api/v1/exports/{dataset}.csv",
                x -> MockMvcRequestBuilders.get("/api/v1/exports/alerts.csv"), expect(401, 403, 403, 200, 200, 403)));
        r.add(new Row(HttpMethod.POST, "/api/v1/patients/{id}/fhir/medications",
                x -> MockMvcRequestBuilders.post(p + "/fhir/medications")
                    .contentType("application/fhir+json")
                    .content("{\"resourceType\": \"Bundle\", \"type\": \"collection\"}"),
                expect(401, 403, 403, 200, 404, 403)));
        // administration
        r.add(new Row(HttpMethod.GET, "/api/v1/admin/users", x -> MockMvcRequestBuilders.get("/api/v1/admin/users"),
                expect(401, 403, 403, 403, 403, 200)));
        r.add(new Row(HttpMethod.POST, "/api/v1/admin/users",
                x -> json(MockMvcRequestBuilders.post("/api/v1/admin/users"),
                        "{\"username\":\"" + ApiFixture.unique("matrix-user")
                                + "\",\"displayName\":\"M\",\"role\":\"CLINICIAN\"}"),
                expect(401, 403, 403, 403, 403, 201)));
        r.add(new Row(HttpMethod.PUT, "/api/v1/admin/users/{id}/enabled",
                x -> json(
                        MockMvcRequestBuilders
                            .put("/api/v1/admin/users/" + f.users.get(OTHER_CLINICIAN).id() + "/enabled"),
                        "{\"enabled\":true}"),
                expect(401, 403, 403, 403, 403, 200)));
        r.add(new Row(HttpMethod.GET, "/api/v1/admin/teams", x -> MockMvcRequestBuilders.get("/api/v1/admin/teams"),
                expect(401, 403, 403, 403, 403, 200)));
        r.add(new Row(HttpMethod.POST, "/api/v1/admin/teams",
                x -> json(MockMvcRequestBuilders.post("/api/v1/admin/teams"),
                        "{\"name\":\"" + ApiFixture.unique("Matrix team ") + "\"}"),
                expect(401, 403, 403, 403, 403, 201)));
        r.add(new Row(HttpMethod.PUT, "/api/v1/admin/teams/{id}/members",
                x -> json(MockMvcRequestBuilders.put("/api/v1/admin/teams/" + f.teamA + "/members"),
                        "{\"userIds\":[" + f.clinician.id() + "]}"),
                expect(401, 403, 403, 403, 403, 200)));
        r.add(new Row(HttpMethod.GET, "/api/v1/admin/audit", x -> MockMvcRequestBuilders.get("/api/v1/admin/audit"),
                expect(401, 403, 403, 403, 403, 200)));
        return r;
    }

    /**
     * Activates a plan for the patient unless one is active; answers an evaluation time
     * for it.
     */
    private String activePlan(long patientId) {
        Integer active = jdbc.queryForObject(
                "select count(*) from plan_record where patient_id = ? and status =" + " 'ACTIVE'", Integer.class,
                patientId);
        if (active == 0) {
            plans.activate(f.principal(CLINICIAN), patientId, f.newDraft(), "Activated for the matrix test.");
        }
        return "2026-12-20T09:00:00Z";
    }

    /** The patient's open MISSED_DOSES alert, made when there is none. */
    private long openAlert(long patientId) {
        jdbc.update("insert into follow_up_alert (patient_id, code, severity, since, message, patient_message, source,"
                + " status, open_key, opened_at, updated_at) values (?, 'MISSED_DOSES', 'CAUTION', current_timestamp,"
                + " 'm', 'p', 's', 'OPEN', ?, current_timestamp, current_timestamp) on conflict do nothing", patientId,
                patientId + ":MISSED_DOSES");
        return jdbc.queryForObject("select id from follow_up_alert where open_key = ?", Long.class,
                patientId + ":MISSED_DOSES");
    }

    @Test
    void every_endpoint_answers_each_actor_as_expected() throws Exception {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Row row : rows()) {
            for (Actor actor : Actor.values()) {
                MockHttpServletRequestBuilder req = row.request().apply(actor);
                if (actor != ANONYMOUS) {
                    req.header("Authorization", "Bearer " + f.tokens.get(actor));
                }
                int status = mvc.perform(req).andReturn().getResponse().getStatus();
                int expected = row.expected().get(actor);
                if (status != expected) {
                    wrong.put(row.method() + " " + row.pattern() + " as " + actor,
                            "expected " + expected + ", got " + status);
                }
            }
        }
        assertThat(wrong).as("endpoints answering an actor wrongly").isEmpty();
    }

    @Test
    void the_matrix_covers_every_api_endpoint() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        }
        Set<String> covered = rows().stream()
            .map(r -> r.method().name() + " " + r.pattern())
            .collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).isEqualTo(mapped);
    }

    @Test
    void another_patient_asking_for_a_record_is_refused_and_audited() throws Exception {
        int status = mvc
            .perform(MockMvcRequestBuilders.get("/api/v1/patients/" + f.patientA)
                .header("Authorization", "Bearer " + f.tokens.get(OTHER_PATIENT)))
            .andReturn()
            .getResponse()
            .getStatus();
        assertThat(status).isEqualTo(404);
        assertThat(audit
            .search(new AuditFilter(f.users.get(OTHER_PATIENT).username(), f.patientA, "PATIENT_READ", null, null, 10)))
            .singleElement()
            .satisfies(e -> {
                assertThat(e.outcome()).isEqualTo("DENIED");
                assertThat(e.role()).isEqualTo("PATIENT");
            });
    }

}
