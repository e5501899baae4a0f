package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baclo.security.AppUser;
import org.baclo.security.AuditEvent;
import org.baclo.security.AuditFilter;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.Role;
import org.baclo.web.api.ApiFixture.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 14 item 6 (admin): password reset with a one-time password that must be changed,
 * linking patient accounts by searching patient records, and moving patient records
 * between care teams — with the access rule that follows the team.
 */
class AdminAccountsTest extends ApiTestBase {

    static final String PASSWORD = "a long enough password";

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditService audit;

    private BacloPrincipal admin() {
        return f.principal(Actor.ADMIN);
    }

    private static BacloPrincipal principal(AppUser u) {
        return new BacloPrincipal(u.id(), u.username(), u.displayName(), u.passwordHash(), u.role(), true, false,
                u.patientId(), u.mustChangePassword());
    }

    private List<AuditEvent> audited(String username, String action) {
        return audit.search(new AuditFilter(username, null, action, null, null, null));
    }

    private AppUser clinicianWithPassword() {
        return users.save(AppUser.create(ApiFixture.unique("reset-"), "Reset Me", encoder.encode(PASSWORD),
                Role.CLINICIAN, null, clock.instant()));
    }

    @Test
    void a_reset_password_is_shown_once_never_stored_in_the_session_and_must_be_changed() throws Exception {
        AppUser u = clinicianWithPassword();
        MvcResult r = mvc.perform(post("/admin/users/" + u.id() + "/password").with(user(admin())).with(csrf()))
            .andExpect(status().isOk())
            .andReturn();
        String html = r.getResponse().getContentAsString();
        Matcher m = Pattern.compile("id=\"reset-password\"[\\s\\S]*?<code[^>]*>([^<]+)</code>").matcher(html);
        assertThat(m.find()).as("the one-time password on the page").isTrue();
        String oneTime = m.group(1);
        assertThat(r.getResponse().getHeader("Cache-Control")).contains("no-store");
        HttpSession session = r.getRequest().getSession(false);
        if (session != null) {
            for (String name : Collections.list(session.getAttributeNames())) {
                assertThat(String.valueOf(session.getAttribute(name))).as("session attribute %s", name)
                    .doesNotContain(oneTime);
            }
        }
        AppUser after = users.findById(u.id()).orElseThrow();
        assertThat(after.mustChangePassword()).isTrue();
        assertThat(encoder.matches(oneTime, after.passwordHash())).isTrue();
        assertThat(encoder.matches(PASSWORD, after.passwordHash())).isFalse();
        assertThat(audited(f.users.get(Actor.ADMIN).username(), "PASSWORD_RESET")).singleElement()
            .satisfies(e -> assertThat(e.detail()).contains(u.username()).doesNotContain(oneTime));

        // the next page shows it no more
        String again = mvc.perform(get("/admin/users").with(user(admin())))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(again).doesNotContain(oneTime).doesNotContain("id=\"reset-password\"");
    }

    @Test
    void an_administrator_cannot_reset_their_own_password_here() throws Exception {
        mvc.perform(post("/admin/users/" + admin().id() + "/password").with(user(admin())).with(csrf()))
            .andExpect(redirectedUrl("/admin/users"));
        assertThat(users.findById(admin().id()).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void until_changed_every_page_goes_to_the_change_page_and_the_api_refuses() throws Exception {
        AppUser u = users.save(clinicianWithPassword().withMustChangePassword(true));
        BacloPrincipal p = principal(u);
        for (String path : List.of("/home", "/patients", "/account", "/learn", "/patients/" + f.patientA)) {
            mvc.perform(get(path).with(user(p))).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(get("/account/password").with(user(p))).andExpect(status().isOk());
        mvc.perform(get("/css/baclo.css").with(user(p))).andExpect(status().isOk());
        mvc.perform(post("/logout").with(user(p)).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        String token = tokens.create(u.id(), "t").plainText();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/account/password")));

        // the change clears the flag and lets the user in
        mvc.perform(post("/account/password").with(user(p))
            .with(csrf())
            .param("currentPassword", PASSWORD)
            .param("newPassword", "my very own new password")).andExpect(redirectedUrl("/home"));
        assertThat(users.findById(u.id()).orElseThrow().mustChangePassword()).isFalse();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void a_wrong_current_password_keeps_the_user_on_the_change_page() throws Exception {
        AppUser u = users.save(clinicianWithPassword().withMustChangePassword(true));
        mvc.perform(post("/account/password").with(user(principal(u)))
            .with(csrf())
            .param("currentPassword", "not " + PASSWORD)
            .param("newPassword", "my very own new password")).andExpect(redirectedUrl("/account/password"));
        assertThat(users.findById(u.id()).orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void a_generated_password_of_a_new_user_must_be_changed_too() throws Exception {
        mvc.perform(post("/admin/users").with(user(admin()))
            .with(csrf())
            .param("username", ApiFixture.unique("gen-"))
            .param("displayName", "Generated")
            .param("role", "CLINICIAN")).andExpect(redirectedUrl("/admin/users"));
        assertThat(users.findAll().stream().filter(x -> x.username().startsWith("gen-")))
            .allMatch(AppUser::mustChangePassword);
    }

    @Test
    void patient_accounts_are_linked_by_searching_patient_records_by_name() throws Exception {
        AppUser account = users.save(AppUser.create(ApiFixture.unique("pat-"), "New Patient", "{noop}x", Role.PATIENT,
                null, clock.instant()));
        String nameA = patients.findById(f.patientA).orElseThrow().name();
        String nameB = patients.findById(f.patientB).orElseThrow().name();
        String part = nameB.substring(0, nameB.indexOf(' ')).toUpperCase();
        String html = mvc.perform(get("/admin/users").param("q", part).with(user(admin())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        // both records have an account: shown with its username, nothing to link; no
        // numeric id box
        assertThat(html).contains("data-patient=\"" + nameA + "\"")
            .contains("data-patient=\"" + nameB + "\"")
            .contains(f.users.get(Actor.PATIENT).username())
            .doesNotContain("id=\"link-" + f.patientB + "\"")
            .doesNotContain("type=\"number\"");

        // patient B has an account already (OTHER_PATIENT): unlink it, then link the new
        // one
        long other = f.users.get(Actor.OTHER_PATIENT).id();
        mvc.perform(post("/admin/users/link").with(user(admin()))
            .with(csrf())
            .param("userId", String.valueOf(account.id()))
            .param("patientId", String.valueOf(f.patientB))).andExpect(redirectedUrl("/admin/users"));
        assertThat(users.findById(account.id()).orElseThrow().patientId()).as("refused: B is linked").isNull();

        mvc.perform(post("/admin/users/" + other + "/unlink").with(user(admin())).with(csrf()))
            .andExpect(redirectedUrl("/admin/users"));
        assertThat(users.findById(other).orElseThrow().patientId()).isNull();
        assertThat(mvc.perform(get("/admin/users").param("q", part).with(user(admin())))
            .andReturn()
            .getResponse()
            .getContentAsString()).contains("id=\"link-" + f.patientB + "\"")
            .doesNotContain("id=\"link-" + f.patientA + "\"")
            .containsPattern("<option value=\"" + f.patientB + "\"[^>]*>" + Pattern.quote(nameB));
        mvc.perform(post("/admin/users/link").with(user(admin()))
            .with(csrf())
            .param("userId", String.valueOf(account.id()))
            .param("patientId", String.valueOf(f.patientB))
            .param("q", part)).andExpect(redirectedUrl("/admin/users?q=" + part));
        assertThat(users.findById(account.id()).orElseThrow().patientId()).isEqualTo(f.patientB);
        String admin = f.users.get(Actor.ADMIN).username();
        assertThat(audited(admin, "USER_LINK_PATIENT")).singleElement()
            .satisfies(e -> assertThat(e.patientId()).isEqualTo(f.patientB));
        assertThat(audited(admin, "USER_UNLINK_PATIENT")).singleElement()
            .satisfies(e -> assertThat(e.patientId()).isEqualTo(f.patientB));
        assertThat(audited(admin, "PATIENT_DIRECTORY_SEARCH")).hasSize(2);
    }

    @Test
    void the_teams_page_lists_patients_and_a_move_changes_who_may_see_the_record() throws Exception {
        String nameA = patients.findById(f.patientA).orElseThrow().name();
        String html = mvc.perform(get("/admin/teams").with(user(admin())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(html).contains(nameA);
        long teamB = patients.findById(f.patientB).orElseThrow().careTeamId();

        String clinician = "Bearer " + f.tokens.get(Actor.CLINICIAN);
        String other = "Bearer " + f.tokens.get(Actor.OTHER_CLINICIAN);
        mvc.perform(get("/api/v1/patients/" + f.patientA).header("Authorization", clinician))
            .andExpect(status().isOk());
        mvc.perform(get("/api/v1/patients/" + f.patientA).header("Authorization", other))
            .andExpect(status().isNotFound());

        mvc.perform(post("/admin/teams/assign").with(user(admin()))
            .with(csrf())
            .param("patientId", String.valueOf(f.patientA))
            .param("teamId", String.valueOf(teamB))).andExpect(redirectedUrl("/admin/teams"));
        assertThat(patients.findById(f.patientA).orElseThrow().careTeamId()).isEqualTo(teamB);
        mvc.perform(get("/api/v1/patients/" + f.patientA).header("Authorization", clinician))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/patients/" + f.patientA).header("Authorization", other)).andExpect(status().isOk());
        assertThat(audited(f.users.get(Actor.ADMIN).username(), "PATIENT_TEAM_CHANGE")).singleElement()
            .satisfies(e -> assertThat(e.patientId()).isEqualTo(f.patientA));

        // only an administrator moves patients
        mvc.perform(post("/admin/teams/assign").with(user(f.principal(Actor.OTHER_CLINICIAN)))
            .with(csrf())
            .param("patientId", String.valueOf(f.patientA))
            .param("teamId", String.valueOf(f.teamA))).andExpect(status().isForbidden());
        assertThat(patients.findById(f.patientA).orElseThrow().careTeamId()).isEqualTo(teamB);
    }

}
