package org.baclo.web.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baclo.web.api.ApiFixture.Actor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 8 item 7: Referrer-Policy and Permissions-Policy on every response, HSTS over TLS
 * (the Secure session cookie, and a proxy's X-Forwarded-Proto, are covered by
 * SessionRestartTest on a real server), and 403 for a patient on the clinician pages.
 */
class SecurityHeadersTest extends ApiTestBase {

    private static ResultActions hasPolicies(ResultActions r) throws Exception {
        return r.andExpect(header().string("Referrer-Policy", "same-origin"))
            .andExpect(header().string("Permissions-Policy",
                    "camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/login", "/learn", "/patients", "/api/v1/knowledge/topics", "/api/v1/patients",
            "/api/v1/no-such-thing", "/css/baclo.css" })
    void every_response_has_the_policies_and_no_hsts_over_plain_http(String path) throws Exception {
        hasPolicies(mvc.perform(get(path))).andExpect(header().doesNotExist("Strict-Transport-Security"));
        hasPolicies(mvc.perform(get(path).header("Authorization", "Bearer " + f.tokens.get(Actor.CLINICIAN))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/login", "/api/v1/knowledge/topics", "/api/v1/patients" })
    void hsts_over_tls(String path) throws Exception {
        hasPolicies(mvc.perform(get(path).secure(true)))
            .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/patients/{A}/plans/new", "/patients/new", "/patients/{A}/edit" })
    void a_patient_gets_403_on_clinician_pages(String path) throws Exception {
        String p = path.replace("{A}", Long.toString(f.patientA));
        mvc.perform(get(p).with(user(f.principal(Actor.PATIENT)))).andExpect(status().isForbidden());
        mvc.perform(get(p).with(user(f.principal(Actor.CLINICIAN)))).andExpect(status().isOk());
    }

    @Test
    void a_patient_cannot_post_to_the_plan_builder_and_is_sent_to_their_own_view() throws Exception {
        mvc.perform(post("/patients/" + f.patientA + "/plans/preview").with(csrf())
            .with(user(f.principal(Actor.PATIENT)))
            .param("kind", "titrate")).andExpect(status().isForbidden());
        mvc.perform(post("/patients/" + f.patientA + "/plans").with(csrf())
            .with(user(f.principal(Actor.PATIENT)))
            .param("kind", "titrate")).andExpect(status().isForbidden());
        // issue 14, item 3: a patient's own view is the Today page, not the clinician's
        // record
        mvc.perform(get("/patients/" + f.patientA).with(user(f.principal(Actor.PATIENT))))
            .andExpect(status().is3xxRedirection())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/today"));
    }

}
