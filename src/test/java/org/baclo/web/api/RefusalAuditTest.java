package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.baclo.web.api.ApiFixture.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8 item 6: every refusal is audited with who (or the source address), what and
 * when.
 */
class RefusalAuditTest extends ApiTestBase {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    JdbcTemplate jdbc;

    /** A source address no other test uses, so its audit rows are this test's. */
    private static String address() {
        int n = ADDRESS.getAndIncrement();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private List<Map<String, Object>> rows(String address) {
        return jdbc.queryForList("select * from audit_event where source_address = ? order by id", address);
    }

    private void assertOne(String address, String action, String username, String detailPart) {
        assertThat(rows(address)).singleElement().satisfies(r -> {
            assertThat(r.get("ACTION")).isEqualTo(action);
            assertThat(r.get("OUTCOME")).isEqualTo("DENIED");
            assertThat(r.get("USERNAME")).isEqualTo(username);
            assertThat(r.get("OCCURRED_AT")).isNotNull();
            assertThat((String) r.get("DETAIL")).contains(detailPart);
        });
    }

    @Test
    void an_anonymous_api_request_is_audited_with_its_address() throws Exception {
        String a = address();
        mvc.perform(get("/api/v1/patients").with(LoginThrottleApiTest.from(a))).andExpect(status().isUnauthorized());
        assertOne(a, "UNAUTHENTICATED", null, "401 GET /api/v1/patients");
    }

    @Test
    void a_bad_token_is_audited() throws Exception {
        String a = address();
        mvc.perform(get("/api/v1/patients").header("Authorization", "Bearer bcl_not-a-real-token")
            .with(LoginThrottleApiTest.from(a))).andExpect(status().isUnauthorized());
        assertOne(a, "TOKEN_REJECTED", null, "GET /api/v1/patients");
    }

    @Test
    void a_refusal_by_role_is_audited_with_the_user() throws Exception {
        String a = address();
        mvc.perform(get("/api/v1/admin/users").header("Authorization", "Bearer " + f.tokens.get(Actor.PATIENT))
            .with(LoginThrottleApiTest.from(a))).andExpect(status().isForbidden());
        assertOne(a, "FORBIDDEN", f.users.get(Actor.PATIENT).username(), "403 role GET /api/v1/admin/users");
    }

    @Test
    void someone_elses_record_is_a_404_and_audited() throws Exception {
        mvc.perform(get("/api/v1/patients/" + f.patientB).header("Authorization",
                "Bearer " + f.tokens.get(Actor.CLINICIAN)))
            .andExpect(status().isNotFound());
        assertThat(jdbc.queryForList("select outcome from audit_event where username = ? and patient_id = ?",
                String.class, f.clinician.username(), f.patientB))
            .containsExactly("DENIED");
    }

    @Test
    void a_list_read_records_the_returned_patient_ids() throws Exception {
        mvc.perform(get("/api/v1/patients").header("Authorization", "Bearer " + f.tokens.get(Actor.CLINICIAN)))
            .andExpect(status().isOk());
        assertThat(jdbc.queryForList("select detail from audit_event where username = ? and action = 'PATIENT_LIST'",
                String.class, f.clinician.username()))
            .singleElement()
            .isEqualTo("1 record(s): ids " + f.patientA);
    }

    @Test
    void a_csrf_rejection_on_a_page_is_audited() throws Exception {
        String a = address();
        mvc.perform(post("/account/password").param("currentPassword", "x")
            .param("newPassword", "y")
            .with(user(f.principal(Actor.CLINICIAN)))
            .with(LoginThrottleApiTest.from(a))).andExpect(status().isForbidden());
        assertOne(a, "CSRF_REJECTED", f.clinician.username(), "POST /account/password");
    }

    @Test
    void an_anonymous_page_request_is_audited() throws Exception {
        String a = address();
        mvc.perform(get("/patients").with(LoginThrottleApiTest.from(a))).andExpect(status().is3xxRedirection());
        assertOne(a, "UNAUTHENTICATED", null, "401 GET /patients");
    }

    @Test
    void a_page_refused_by_role_is_audited() throws Exception {
        String a = address();
        mvc.perform(get("/admin/users").with(user(f.principal(Actor.CLINICIAN))).with(LoginThrottleApiTest.from(a)))
            .andExpect(status().isForbidden());
        assertOne(a, "FORBIDDEN", f.clinician.username(), "GET /admin/users");
    }

}
