package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import org.baclo.plan.PlanRequest;
import org.baclo.web.api.ApiFixture.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The plan page renders findings by their {@code Severity}: a CRITICAL finding
 * (BACLOFEN.md §4: more than 15 mg/day to 0 in one step) gets the danger badge. Page
 * errors map to the error pages (404 for someone else's record).
 */
class PlanPageRenderTest extends ApiTestBase {

    @Test
    void a_critical_finding_is_shown_with_the_danger_badge() throws Exception {
        long plan = plans
            .create(f.principal(Actor.CLINICIAN), f.patientA,
                    new PlanRequest("taper", null, null, new BigDecimal("60"), null, null, "tablet", null,
                            new BigDecimal("20"), null, null, null, null, null))
            .id();
        MockHttpServletResponse r = mvc
            .perform(MockMvcRequestBuilders.get("/patients/" + f.patientA + "/plans/" + plan)
                .with(user(f.principal(Actor.CLINICIAN))))
            .andReturn()
            .getResponse();
        r.setCharacterEncoding("UTF-8");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("finding-CRITICAL")
            .contains("badge me-2 text-bg-danger")
            .contains("ABRUPT_STOP");
    }

    @Test
    void someone_elses_patient_page_is_a_404_and_an_odd_id_a_400() throws Exception {
        assertThat(mvc
            .perform(MockMvcRequestBuilders.get("/patients/" + f.patientB).with(user(f.principal(Actor.CLINICIAN))))
            .andReturn()
            .getResponse()
            .getStatus()).isEqualTo(404);
        assertThat(mvc
            .perform(MockMvcRequestBuilders.get("/patients/+" + f.patientA).with(user(f.principal(Actor.CLINICIAN))))
            .andReturn()
            .getResponse()
            .getStatus()).isEqualTo(400);
        assertThat(
                mvc.perform(MockMvcRequestBuilders.get("/patients/" + f.patientA).with(user(f.principal(Actor.ADMIN))))
                    .andReturn()
                    .getResponse()
                    .getStatus())
            .isEqualTo(403);
    }

}
