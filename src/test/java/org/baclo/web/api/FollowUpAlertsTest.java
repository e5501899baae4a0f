package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baclo.web.api.ApiFixture.Actor.CLINICIAN;
import static org.baclo.web.api.ApiFixture.Actor.PATIENT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.baclo.diary.AlertSchedule;
import org.baclo.diary.AlertStore;
import org.baclo.diary.StoredAlert;
import org.baclo.followup.AlertCode;
import org.baclo.knowledge.Severity;
import org.baclo.plan.PlanView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert store (issue 11.6): alerts follow the engine's evaluation of the active plan
 * and the stored diary, one open alert per patient and code (enforced by the database), a
 * resolved alert reopens only for a newer or more severe episode, and the scheduled
 * re-evaluation runs once per period whatever the number of instances.
 */
class FollowUpAlertsTest extends ApiTestBase {

    @Autowired
    JsonMapper json;

    @Autowired
    AlertStore store;

    @Autowired
    AlertSchedule schedule;

    @Autowired
    JdbcTemplate jdbc;

    Instant firstDose;

    @BeforeEach
    void activePlanAndOneDose() throws Exception {
        long draft = f.newDraft();
        PlanView plan = plans.activate(f.principal(CLINICIAN), f.patientA, draft, "Accepted for the test scenario.");
        ZoneId zone = ZoneId.of(plan.plan().timeZone());
        LocalDate day = LocalDate.parse(plan.plan().steps().get(0).startDate());
        LocalTime time = LocalTime.parse(plan.plan().steps().get(0).doses().get(0).time());
        firstDose = day.atTime(time).atZone(zone).toInstant();
        upload("d1", firstDose);
    }

    private void upload(String id, Instant at) throws Exception {
        MockHttpServletResponse r = call(PATIENT,
                MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/diary"),
                "{\"doses\": [{\"id\": \"" + id + "\", \"at\": \"" + at.atOffset(java.time.ZoneOffset.ofHours(1))
                        + "\", \"status\": \"taken\", \"mg\": 5}]}");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    }

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

    /**
     * The open withdrawal-risk alerts (the gap scenarios also open MISSED_DOSES, tested
     * in the engine).
     */
    private List<StoredAlert> open() {
        return store.open(f.patientA).stream().filter(a -> a.code() == AlertCode.WITHDRAWAL_RISK).toList();
    }

    @Test
    void a_gap_opens_one_alert_that_escalates_in_place() {
        // BACLOFEN.md §4/§11: no dose recorded for 24 h on an active oral plan → WARNING,
        // 48 h → CRITICAL
        store.reevaluate(f.patientA, firstDose.plus(Duration.ofHours(23)));
        assertThat(open()).extracting(StoredAlert::code).doesNotContain(AlertCode.WITHDRAWAL_RISK);
        store.reevaluate(f.patientA, firstDose.plus(Duration.ofHours(25)));
        store.reevaluate(f.patientA, firstDose.plus(Duration.ofHours(26)));
        List<StoredAlert> open = open().stream().filter(a -> a.code() == AlertCode.WITHDRAWAL_RISK).toList();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(open.get(0).since()).isEqualTo(firstDose);
        plansAcknowledge(open.get(0).id());
        store.reevaluate(f.patientA, firstDose.plus(Duration.ofHours(30)));
        assertThat(open().get(0).status()).isEqualTo(StoredAlert.Status.ACKNOWLEDGED);
        store.reevaluate(f.patientA, firstDose.plus(Duration.ofHours(49)));
        StoredAlert critical = open().get(0);
        assertThat(critical.status()).as("escalated: open again after the acknowledgement")
            .isEqualTo(StoredAlert.Status.OPEN);
        assertThat(critical.id()).isEqualTo(open.get(0).id());
        assertThat(critical.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(critical.patientMessage()).isNotBlank();
    }

    @Autowired
    org.baclo.diary.FollowUpAlerts followUpAlerts;

    private void plansAcknowledge(long alertId) {
        followUpAlerts.acknowledge(f.principal(CLINICIAN), f.patientA, alertId, "Seen.");
    }

    @Test
    void the_database_refuses_a_second_open_alert_for_a_code() {
        store.reevaluate(f.patientA, firstDose.plus(Duration.ofHours(25)));
        assertThatThrownBy(() -> jdbc.update("insert into follow_up_alert (patient_id, code, severity, since, message,"
                + " patient_message, source, status, open_key, opened_at, updated_at) values (?, 'WITHDRAWAL_RISK',"
                + " 'WARNING', current_timestamp, 'm', 'p', 's', 'OPEN', ?, current_timestamp, current_timestamp)",
                f.patientA, f.patientA + ":WITHDRAWAL_RISK"))
            .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void a_resolved_alert_reopens_only_for_a_newer_or_more_severe_episode() throws Exception {
        store.reevaluate(f.patientA, firstDose.plus(Duration.ofHours(25)));
        long id = open().get(0).id();
        MockHttpServletResponse r = call(CLINICIAN,
                MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/alerts/" + id + "/resolve"),
                "{\"note\": \"Called the patient: doses taken, not recorded.\"}");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat(json.readTree(r.getContentAsString()).get("status").asString()).isEqualTo("RESOLVED");
        store.reevaluate(f.patientA, firstDose.plus(Duration.ofHours(30)));
        assertThat(open()).isEmpty();
        store.reevaluate(f.patientA, firstDose.plus(Duration.ofHours(48)));
        assertThat(open()).extracting(StoredAlert::severity).containsExactly(Severity.CRITICAL);
        Instant second = firstDose.plus(Duration.ofHours(50));
        upload("d2", second);
        store.reevaluate(f.patientA, second.plus(Duration.ofHours(1)));
        assertThat(open()).isEmpty();
        store.reevaluate(f.patientA, second.plus(Duration.ofHours(25)));
        assertThat(open()).singleElement().satisfies(a -> assertThat(a.since()).isEqualTo(second));
        assertThat(store.all(f.patientA).stream().filter(a -> a.code() == AlertCode.WITHDRAWAL_RISK))
            .extracting(StoredAlert::status)
            .containsExactly(StoredAlert.Status.OPEN, StoredAlert.Status.CLOSED, StoredAlert.Status.RESOLVED);
    }

    @Test
    void acknowledge_and_resolve_are_for_the_care_team_with_a_note() throws Exception {
        store.reevaluate(f.patientA, firstDose.plus(Duration.ofHours(25)));
        long id = open().get(0).id();
        String base = "/api/v1/patients/" + f.patientA + "/alerts/" + id;
        MockHttpServletResponse r = call(PATIENT, MockMvcRequestBuilders.post(base + "/acknowledge"), "{}");
        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(json.readTree(r.getContentAsString()).get("code").asString()).isEqualTo("FORBIDDEN");
        r = call(CLINICIAN, MockMvcRequestBuilders.post(base + "/acknowledge"), "{\"note\": \"Seen, calling.\"}");
        assertThat(json.readTree(r.getContentAsString()).get("status").asString()).isEqualTo("ACKNOWLEDGED");
        r = call(CLINICIAN, MockMvcRequestBuilders.post(base + "/resolve"), "{\"note\": \"  \"}");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json.readTree(r.getContentAsString()).get("errors").get(0).get("field").asString())
            .isEqualTo("note");
        r = call(CLINICIAN, MockMvcRequestBuilders.post(base + "/resolve"), "{\"note\": \"Restarted the plan.\"}");
        assertThat(r.getStatus()).isEqualTo(200);
        r = call(CLINICIAN, MockMvcRequestBuilders.post(base + "/resolve"), "{\"note\": \"Again.\"}");
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(json.readTree(r.getContentAsString()).get("code").asString()).isEqualTo("CONFLICT");
        Integer audited = jdbc.queryForObject("select count(*) from audit_event where patient_id = ? and action in"
                + " ('ALERT_ACKNOWLEDGE', 'ALERT_RESOLVE') and outcome = 'OK'", Integer.class, f.patientA);
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void the_patient_reads_their_open_alerts_with_the_patient_message() throws Exception {
        store.reevaluate(f.patientA, firstDose.plus(Duration.ofHours(49)));
        MockHttpServletResponse r = call(PATIENT,
                MockMvcRequestBuilders.get("/api/v1/patients/" + f.patientA + "/alerts"), null);
        JsonNode list = json.readTree(r.getContentAsString());
        assertThat(list.get(0).get("code").asString()).isEqualTo("WITHDRAWAL_RISK");
        assertThat(list.get(0).get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(list.get(0).get("patientMessage").asString()).contains("contact your clinic");
    }

    @Test
    void the_scheduled_run_happens_once_per_period_with_two_instances() throws Exception {
        Instant t0 = Instant.parse("2031-03-01T00:00:00Z");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (String instance : List.of("instance-a", "instance-b")) {
                Callable<Boolean> run = () -> {
                    start.await();
                    return schedule.runOnce(t0, instance);
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            int ran = 0;
            for (Future<Boolean> run : runs) {
                ran += run.get() ? 1 : 0;
            }
            assertThat(ran).isEqualTo(1);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(schedule.runOnce(t0.plus(Duration.ofMinutes(5)), "instance-b")).isFalse();
        assertThat(schedule.runOnce(t0.plus(Duration.ofMinutes(15)), "instance-b")).isTrue();
    }

}
