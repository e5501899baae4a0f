package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclo.web.api.ApiFixture.Actor.CLINICIAN;
import static org.baclo.web.api.ApiFixture.Actor.PATIENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.baclo.plan.PlanRequest;
import org.baclo.plan.PlanView;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The iCalendar reminders (issue 11.7): a secret revocable link, no name, every dose,
 * following plan changes.
 */
class CalendarFeedTest extends ApiTestBase {

    private String newLink() throws Exception {
        MvcResult r = mvc
            .perform(MockMvcRequestBuilders.post("/today/calendar")
                .param("action", "create")
                .with(user(f.principal(PATIENT)))
                .with(csrf()))
            .andReturn();
        String url = (String) r.getFlashMap().get("calendarUrl");
        assertThat(url).contains("/calendar/").endsWith(".ics");
        return url.substring(url.indexOf("/calendar/"));
    }

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        assertThat(cal.validate().hasErrors()).as(cal.validate().toString()).isFalse();
        return cal.getComponents("VEVENT");
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse("");
    }

    @Test
    void the_feed_lists_every_dose_without_the_name_and_follows_a_plan_change() throws Exception {
        PlanView first = plans.activate(f.principal(CLINICIAN), f.patientA, f.newDraft(), "Accepted for the test.");
        String link = newLink();
        MockHttpServletResponse r = get(link);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("text/calendar");
        String ics = r.getContentAsString();
        assertThat(ics).doesNotContain("Patient A")
            .doesNotContain(String.valueOf(patients.findById(f.patientA).orElseThrow().name()));
        List<VEvent> before = events(ics);
        assertThat(before).isNotEmpty();
        assertThat(before).allSatisfy(e -> {
            assertThat(prop(e, "SUMMARY")).startsWith("Baclofen ").endsWith(" mg");
            assertThat(prop(e, "DESCRIPTION")).contains(" mg = ").contains("tablet");
            assertThat(prop(e, "UID")).contains("-plan-" + first.id() + "@");
            assertThat(e.getAlarms()).isNotEmpty();
        });
        long next = plans
            .create(f.principal(CLINICIAN), f.patientA,
                    new PlanRequest("titrate", new BigDecimal("20"), null, null, null, null, "tablet", "QID", null,
                            null, null, null, null, null))
            .id();
        plans.activate(f.principal(CLINICIAN), f.patientA, next, "Accepted for the test.");
        List<VEvent> after = events(get(link).getContentAsString());
        assertThat(after).isNotEmpty().allSatisfy(e -> assertThat(prop(e, "UID")).contains("-plan-" + next + "@"));
        assertThat(after.size()).isNotEqualTo(before.size());
    }

    @Test
    void a_new_link_revokes_the_old_and_a_revoked_link_is_gone() throws Exception {
        String old = newLink();
        String current = newLink();
        assertThat(get(old).getStatus()).isEqualTo(404);
        assertThat(get(current).getStatus()).isEqualTo(200);
        mvc.perform(MockMvcRequestBuilders.post("/today/calendar")
            .param("action", "revoke")
            .with(user(f.principal(PATIENT)))
            .with(csrf()));
        assertThat(get(current).getStatus()).isEqualTo(404);
        assertThat(get("/calendar/not-a-token.ics").getStatus()).isEqualTo(404);
        String stored = jdbc().queryForObject("select max(token_hash) from calendar_token where patient_id = ?",
                String.class, f.patientA);
        assertThat(current).doesNotContain(stored);
    }

    @Test
    void a_clinician_or_an_api_client_makes_the_link() throws Exception {
        MockHttpServletResponse r = mvc
            .perform(MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/calendar-token")
                .header("Authorization", "Bearer " + f.tokens.get(CLINICIAN)))
            .andReturn()
            .getResponse();
        assertThat(r.getStatus()).isEqualTo(201);
        String url = r.getContentAsString().replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");
        String path = url.substring(url.indexOf("/calendar/"));
        assertThat(get(path).getStatus()).isEqualTo(200);
        MvcResult page = mvc
            .perform(MockMvcRequestBuilders.post("/patients/" + f.patientA + "/calendar")
                .param("action", "create")
                .with(user(f.principal(CLINICIAN)))
                .with(csrf()))
            .andReturn();
        assertThat((String) page.getFlashMap().get("calendarUrl")).contains("/calendar/");
        assertThat(get(path).getStatus()).as("the API's link was replaced").isEqualTo(404);
    }

    @Test
    void the_diary_exports_as_csv() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/patients/" + f.patientA + "/diary")
            .header("Authorization", "Bearer " + f.tokens.get(PATIENT))
            .contentType("application/json")
            .content("{\"doses\": [{\"id\": \"d1\", \"at\":"
                    + " \"2026-12-03T08:05:00+01:00\", \"status\": \"skipped\", \"reason\": \"=cmd|calc\"}],"
                    + " \"observations\": [{\"id\": \"o1\", \"at\": \"2026-12-03T07:00:00+01:00\", \"kind\":"
                    + " \"pain-nrs\", \"value\": 4}]}"));
        MockHttpServletResponse r = mvc
            .perform(MockMvcRequestBuilders.get("/patients/" + f.patientA + "/diary.csv?from=2026-12-01&to=2026-12-05")
                .with(user(f.principal(CLINICIAN))))
            .andReturn()
            .getResponse();
        r.setCharacterEncoding("UTF-8");
        assertThat(r.getContentType()).startsWith("text/csv");
        List<String> lines = r.getContentAsString().lines().toList();
        assertThat(lines.get(0)).startsWith("id,at,localTime,kind,status,mg,value");
        assertThat(lines.get(1)).startsWith("o1,2026-12-03T07:00+01:00,2026-12-03T06:00,pain-nrs,,,4");
        assertThat(lines.get(2)).startsWith("d1,").contains(",dose,skipped,").contains("'=cmd|calc");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    private org.springframework.jdbc.core.JdbcTemplate jdbc() {
        return jdbcTemplate;
    }

}
