package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclo.web.api.ApiFixture.Actor.CLINICIAN;
import static org.baclo.web.api.ApiFixture.Actor.PATIENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.baclo.diary.AlertStore;
import org.baclo.plan.PlanView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The follow-up pages (issue 11.4, 11.6): Today records one dose per tap, the dashboard
 * sorts, the timeline marks.
 */
class FollowUpPagesTest extends ApiTestBase {

    @Autowired
    AlertStore store;

    @Autowired
    JdbcTemplate jdbc;

    PlanView plan;

    @BeforeEach
    void activePlan() {
        plan = plans.activate(f.principal(CLINICIAN), f.patientA, f.newDraft(), "Accepted for the test scenario.");
    }

    private MockHttpServletResponse page(ApiFixture.Actor who, MockHttpServletRequestBuilder b) throws Exception {
        MockHttpServletResponse r = mvc.perform(b.with(user(f.principal(who))).with(csrf())).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    @Test
    void today_shows_the_planned_doses_and_records_one_per_tap() throws Exception {
        LocalDate start = LocalDate.parse(plan.plan().steps().get(0).startDate());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        MockHttpServletResponse r = page(PATIENT, MockMvcRequestBuilders.get("/today"));
        assertThat(r.getStatus()).isEqualTo(200);
        String html = r.getContentAsString();
        assertThat(html).contains("Your doses today").contains("supports, and does not replace");
        if (start.isAfter(today)) {
            assertThat(html).contains("Coming changes").contains("From ");
            return; // the plan starts tomorrow: no dose to tap today
        }
        String dueId = html.replaceAll("(?s).*name=\"dueId\" value=\"([^\"]+)\".*", "$1");
        MockHttpServletResponse post = page(PATIENT,
                MockMvcRequestBuilders.post("/today/dose").param("dueId", dueId).param("action", "take"));
        assertThat(post.getStatus()).isEqualTo(302);
        page(PATIENT, MockMvcRequestBuilders.post("/today/dose").param("dueId", dueId).param("action", "take"));
        Integer stored = jdbc.queryForObject("select count(*) from diary_entry where patient_id = ? and client_id = ?",
                Integer.class, f.patientA, dueId);
        assertThat(stored).isEqualTo(1);
        assertThat(page(PATIENT, MockMvcRequestBuilders.get("/today")).getContentAsString()).contains("taken at");
    }

    @Test
    void scales_are_stored_and_a_bad_value_is_explained() throws Exception {
        MockHttpServletResponse r = page(PATIENT,
                MockMvcRequestBuilders.post("/today/scales")
                    .param("spasticity", "6")
                    .param("pennFrequency", "2")
                    .param("pennSeverity", "1"));
        assertThat(r.getStatus()).isEqualTo(302);
        Integer stored = jdbc.queryForObject(
                "select count(*) from diary_entry where patient_id = ? and kind in" + " ('spasticity-nrs', 'penn')",
                Integer.class, f.patientA);
        assertThat(stored).isEqualTo(2);
        r = page(PATIENT, MockMvcRequestBuilders.post("/today/scales").param("pennFrequency", "2"));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("id=\"errors\"").contains("Severity");
    }

    @Test
    void a_penn_score_without_spasms_is_read_back_and_the_timeline_opens() throws Exception {
        // Penn frequency 0 has no severity; reading it back once gave severity 0 and a
        // 500
        MockHttpServletResponse r = page(PATIENT,
                MockMvcRequestBuilders.post("/today/scales").param("pennFrequency", "0"));
        assertThat(r.getStatus()).isEqualTo(302);
        MockHttpServletResponse timeline = page(CLINICIAN,
                MockMvcRequestBuilders.get("/patients/" + f.patientA + "/followup"));
        assertThat(timeline.getStatus()).isEqualTo(200);
    }

    @Test
    void the_dashboard_puts_the_critical_patient_first_and_the_timeline_marks_the_alert() throws Exception {
        long quiet = patients.save(ApiFixture.patient(f.teamA, ApiFixture.unique("Quiet "), clock)).id();
        long warned = patients.save(ApiFixture.patient(f.teamA, ApiFixture.unique("Aaron "), clock)).id();
        jdbc.update(
                "insert into follow_up_alert (patient_id, code, severity, since, message, patient_message,"
                        + " source, status, open_key, opened_at, updated_at) values (?, 'MISSED_DOSES', 'CAUTION',"
                        + " current_timestamp, 'm', 'p', 's', 'OPEN', ?, current_timestamp, current_timestamp)",
                warned, warned + ":MISSED_DOSES");
        LocalDate start = LocalDate.parse(plan.plan().steps().get(0).startDate());
        Instant firstDue = start.atTime(java.time.LocalTime.parse(plan.plan().steps().get(0).doses().get(0).time()))
            .atZone(ZoneId.of("Europe/London"))
            .toInstant();
        store.reevaluate(f.patientA, firstDue.plus(Duration.ofHours(49)));
        String html = page(CLINICIAN, MockMvcRequestBuilders.get("/followup")).getContentAsString();
        int a = html.indexOf("data-patient=\"" + f.patientA + "\"");
        int w = html.indexOf("data-patient=\"" + warned + "\"");
        int q = html.indexOf("data-patient=\"" + quiet + "\"");
        assertThat(a).isPositive().isLessThan(w);
        assertThat(w).isLessThan(q);
        assertThat(html).contains("CRITICAL");
        MockHttpServletResponse timeline = page(CLINICIAN,
                MockMvcRequestBuilders.get("/patients/" + f.patientA + "/followup"));
        assertThat(timeline.getStatus()).isEqualTo(200);
        assertThat(timeline.getContentAsString())
            .contains("class=\"alert-marker\" data-code=\"WITHDRAWAL_RISK\"" + " data-severity=\"CRITICAL\"")
            .contains("class=\"planned\"");
        assertThat(page(PATIENT, MockMvcRequestBuilders.get("/followup")).getStatus()).isEqualTo(403);
        assertThat(page(PATIENT, MockMvcRequestBuilders.get("/patients/" + f.patientA + "/followup")).getStatus())
            .isEqualTo(403);
    }

}
