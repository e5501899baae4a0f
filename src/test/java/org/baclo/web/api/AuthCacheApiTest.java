package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.baclo.security.AppUser;
import org.baclo.security.Role;
import org.baclo.security.UserAdminService;
import org.baclo.testsupport.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15 item 2: an API request never hashes a password or looks its token up again
 * while a verified credential is cached, and everything that must end a credential ends
 * the cached one at once (revocation, disabling, password change); throttling and the
 * LOGIN audit still hold for HTTP Basic.
 */
@Import(SqlStatements.Config.class)
class AuthCacheApiTest extends ApiTestBase {

    static final String PASSWORD = "a long and good password";

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAdminService admin;

    @Autowired
    JdbcTemplate jdbc;

    private AppUser clinician() {
        return users.save(AppUser.create(ApiFixture.unique("cache"), "Cache", encoder.encode(PASSWORD), Role.CLINICIAN,
                null, clock.instant()));
    }

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private int logins(String username, String outcome) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where username = ? and action = 'LOGIN'" + " and outcome = ?",
                Integer.class, username, outcome);
    }

    @Test
    void basic_is_verified_once_then_served_from_the_cache_with_one_login_audit_row() throws Exception {
        AppUser u = clinician();
        long first = System.nanoTime();
        mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), PASSWORD))).andExpect(status().isOk());
        long verify = System.nanoTime() - first;
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(u.username()));
        }
        long cached = (System.nanoTime() - t0) / 20;
        assertThat(logins(u.username(), "OK")).as("one LOGIN OK per cache entry, not per request").isEqualTo(1);
        // a PBKDF2 check costs tens of milliseconds; a cached request must not pay it
        assertThat(cached).as("cached request vs first verification (ns)").isLessThan(verify);
        // the cache is keyed by the password too: a wrong one is checked (and audited) as
        // before
        mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), PASSWORD + "x")))
            .andExpect(status().isUnauthorized());
        assertThat(logins(u.username(), "DENIED")).isEqualTo(1);
    }

    @Test
    void a_cached_basic_credential_still_obeys_the_throttle_of_its_address() throws Exception {
        AppUser u = clinician();
        mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), PASSWORD)).with(from("10.1.0.9")))
            .andExpect(status().isOk());
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), "wrong " + i)).with(from("10.1.0.9")));
        }
        // the right password is cached, but this address is throttled: refused, not a
        // free guess
        mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), PASSWORD)).with(from("10.1.0.9")))
            .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), PASSWORD)).with(from("10.1.0.10")))
            .andExpect(status().isOk());
    }

    @Test
    void a_password_change_ends_the_cached_basic_credential_at_once() throws Exception {
        AppUser u = clinician();
        mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), PASSWORD))).andExpect(status().isOk());
        admin.changePassword(u.id(), PASSWORD, "another long good password");
        mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), "another long good password")))
            .andExpect(status().isOk());
    }

    @Test
    void disabling_a_user_ends_their_cached_basic_credential_and_token_at_once() throws Exception {
        AppUser u = clinician();
        String token = tokens.create(u.id(), "t").plainText();
        mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/admin/users/" + u.id() + "/enabled")
            .header("Authorization", "Bearer " + f.tokens.get(ApiFixture.Actor.ADMIN))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"enabled\":false}")).andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/me").with(httpBasic(u.username(), PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_cached_token_costs_no_lookup_and_no_write_and_revocation_ends_it_at_once() throws Exception {
        String token = f.tokens.get(ApiFixture.Actor.CLINICIAN);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        int mark = SqlStatements.mark();
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        }
        List<String> sql = SqlStatements.since(mark);
        assertThat(sql).as("no token lookup, no last-used write, no user read per request")
            .noneMatch(s -> s.contains("api_token") || s.contains("app_user"));

        long id = tokens.list(f.clinician.id()).get(0).id();
        int revoking = SqlStatements.mark();
        mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + token))
            .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void team_ids_are_kept_per_user_and_a_membership_change_ends_them_at_once() throws Exception {
        AppUser u = clinician();
        List<Long> before = teams.findById(f.teamA).orElseThrow().members().stream().map(m -> m.appUser()).toList();
        List<Long> with = new java.util.ArrayList<>(before);
        with.add(u.id());
        String patient = "/api/v1/patients/" + f.patientA;
        mvc.perform(get(patient).with(httpBasic(u.username(), PASSWORD))).andExpect(status().isNotFound());

        admin.setMembers(f.teamA, with);
        mvc.perform(get(patient).with(httpBasic(u.username(), PASSWORD))).andExpect(status().isOk());
        int mark = SqlStatements.mark();
        mvc.perform(get(patient).with(httpBasic(u.username(), PASSWORD))).andExpect(status().isOk());
        assertThat(SqlStatements.since(mark)).as("the team ids come from the cache")
            .noneMatch(sql -> sql.contains("care_team_member"));

        admin.setMembers(f.teamA, before); // taken off the team: no access from now on
        mvc.perform(get(patient).with(httpBasic(u.username(), PASSWORD))).andExpect(status().isNotFound());
        admin.setMembers(f.teamA, with);
        mvc.perform(get(patient).with(httpBasic(u.username(), PASSWORD))).andExpect(status().isOk());
    }

}
