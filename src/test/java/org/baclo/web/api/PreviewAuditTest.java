package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baclo.security.AuditFilter;
import org.baclo.security.AuditService;
import org.baclo.web.api.ApiFixture.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, item 6: the plan builder previews on every keystroke; its read of the patient
 * is audited once per builder session (user, patient, 30 minutes), not per keystroke —
 * valid or not. A refused preview is audited every time.
 */
class PreviewAuditTest extends ApiTestBase {

    @Autowired
    AuditService audit;

    private int rows(Actor actor, long patient) {
        return audit.search(new AuditFilter(f.users.get(actor).username(), patient, "PLAN_PREVIEW", null, null, null))
            .size();
    }

    private void preview(Actor actor, long patient, String target) throws Exception {
        mvc.perform(post("/patients/" + patient + "/plans/preview").with(csrf())
            .with(user(f.principal(actor)))
            .param("kind", "titrate")
            .param("product", "tablet")
            .param("targetMgDay", target)).andExpect(status().isOk());
    }

    @Test
    void twenty_previews_give_one_audit_row() throws Exception {
        // typing "30" then changing it: a mix of valid and invalid targets
        String[] typed = { "3", "30", "", "-", "2", "25", "250", "40", "4", "45" };
        for (int i = 0; i < 20; i++) {
            preview(Actor.CLINICIAN, f.patientA, typed[i % typed.length]);
        }
        assertThat(rows(Actor.CLINICIAN, f.patientA)).isEqualTo(1);
        // the API's previews join the same builder session
        mvc.perform(post("/api/v1/patients/" + f.patientA + "/plans/preview")
            .header("Authorization", "Bearer " + f.tokens.get(Actor.CLINICIAN))
            .contentType("application/json")
            .content("{\"kind\":\"titrate\",\"targetMgDay\":30,\"product\":\"tablet\"}")).andExpect(status().isOk());
        assertThat(rows(Actor.CLINICIAN, f.patientA)).isEqualTo(1);
    }

    @Test
    void each_clinician_and_each_patient_has_its_own_row_and_refusals_are_all_kept() throws Exception {
        preview(Actor.CLINICIAN, f.patientA, "30");
        preview(Actor.CLINICIAN, f.patientA, "30");
        preview(Actor.OTHER_CLINICIAN, f.patientB, "30");
        preview(Actor.OTHER_CLINICIAN, f.patientB, "35");
        assertThat(rows(Actor.CLINICIAN, f.patientA)).isEqualTo(1);
        assertThat(rows(Actor.OTHER_CLINICIAN, f.patientB)).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/patients/" + f.patientA + "/plans/preview").with(csrf())
                .with(user(f.principal(Actor.OTHER_CLINICIAN)))
                .param("kind", "titrate")
                .param("targetMgDay", "30"));
        }
        assertThat(audit
            .search(new AuditFilter(f.users.get(Actor.OTHER_CLINICIAN).username(), f.patientA, "PLAN_PREVIEW", null,
                    null, null))
            .stream()
            .filter(e -> !"OK".equals(e.outcome()) && !"INVALID".equals(e.outcome()))).hasSize(3);
    }

}
