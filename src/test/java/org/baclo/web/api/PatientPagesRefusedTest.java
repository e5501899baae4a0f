package org.baclo.web.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baclo.web.api.ApiFixture.Actor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, item 3: a patient account reaches no clinician page or action — the plan
 * builder, the plan page and its actions, the pump page and its forms, the follow-up
 * timeline and its alert actions: 403 (the error page links to their start page). The
 * patient's own record goes to /today (tested in {@code SecurityHeadersTest}).
 */
class PatientPagesRefusedTest extends ApiTestBase {

    private String path(String template, long planId) {
        return template.replace("{A}", Long.toString(f.patientA)).replace("{P}", Long.toString(planId));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/patients/{A}/plans/new", "/patients/{A}/plans/{P}", "/patients/{A}/pump",
            "/patients/{A}/followup", "/patients", "/patients/new", "/patients/{A}/edit", "/pumps/refills", "/followup",
            "/worklist" })
    void a_patient_cannot_open_a_clinician_page(String template) throws Exception {
        String p = path(template, f.newDraft());
        mvc.perform(get(p).with(user(f.principal(Actor.PATIENT)))).andExpect(status().isForbidden());
        mvc.perform(get(p)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/patients/{A}/plans/preview", "/patients/{A}/plans", "/patients/{A}/plans/{P}/activate",
            "/patients/{A}/plans/{P}/discard", "/patients/{A}/pump", "/patients/{A}/pump/refills",
            "/patients/{A}/pump/dose", "/patients/{A}/alerts/1/acknowledge", "/patients/{A}/alerts/1/resolve",
            "/patients/{A}/calendar", "/patients/{A}" })
    void a_patient_cannot_use_a_clinician_form(String template) throws Exception {
        long plan = f.newDraft();
        mvc.perform(post(path(template, plan)).with(csrf()).with(user(f.principal(Actor.PATIENT))))
            .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/patients/{A}/plans/{P}", "/patients/{A}/pump", "/patients/{A}/followup" })
    void the_clinician_still_opens_them(String template) throws Exception {
        mvc.perform(get(path(template, f.newDraft())).with(user(f.principal(Actor.CLINICIAN))))
            .andExpect(status().isOk());
    }

}
