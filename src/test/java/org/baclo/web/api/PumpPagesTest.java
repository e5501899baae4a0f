package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclo.web.api.ApiFixture.Actor.CLINICIAN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The pump page's forms (issue 12): a flexed dose change with period rows added and
 * removed without script, its errors per field, the periods shown once saved.
 */
class PumpPagesTest extends ApiTestBase {

    private MockHttpServletResponse page(MockHttpServletRequestBuilder b) throws Exception {
        MockHttpServletResponse r = mvc.perform(b.with(user(f.principal(CLINICIAN))).with(csrf()))
            .andReturn()
            .getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private String base() {
        return "/patients/" + f.patientA + "/pump";
    }

    @BeforeEach
    void pumpFilled() throws Exception {
        assertThat(page(MockMvcRequestBuilders.post(base())
            .param("model", "SynchroMed II")
            .param("reservoirMl", "20")
            .param("origin", "spinal")).getStatus()).isEqualTo(302);
        assertThat(page(MockMvcRequestBuilders.post(base() + "/refills")
            .param("filledAt", "2026-11-01T00:00")
            .param("volumeMl", "18")
            .param("concentrationMcgMl", "500")
            .param("doseMcgDay", "400")).getStatus()).isEqualTo(302);
    }

    @Test
    void flexed_dose_change_with_rows_added_and_removed() throws Exception {
        String empty = page(MockMvcRequestBuilders.get(base())).getContentAsString();
        assertThat(empty).contains("id=\"period-1-mcgPerHour\"").doesNotContain("id=\"period-2-start\"");

        String added = page(MockMvcRequestBuilders.post(base() + "/dose")
            .param("action", "add-period")
            .param("rows", "2")
            .param("periods[0].start", "00:00")
            .param("periods[1].start", "06:00")).getContentAsString();
        assertThat(added).contains("id=\"period-2-start\"").contains("value=\"06:00\"").contains("remove-period-2");

        String removed = page(MockMvcRequestBuilders.post(base() + "/dose")
            .param("action", "remove-period-0")
            .param("rows", "3")
            .param("periods[0].start", "00:00")
            .param("periods[1].start", "06:00")
            .param("periods[2].start", "22:00")).getContentAsString();
        assertThat(removed).doesNotContain("id=\"period-2-start\"")
            .contains("value=\"06:00\"")
            .contains("value=\"22:00\"")
            .doesNotContain("value=\"00:00\"");

        MockHttpServletResponse gap = page(flexed("2026-11-02T12:00", "00:00", "08:00", "10", "09:00", "00:00", "25"));
        assertThat(gap.getStatus()).isEqualTo(200);
        assertThat(gap.getContentAsString()).contains("id=\"form-errors\"")
            .contains("id=\"period-0-end-error\">ends at 08:00 but the next period starts at 09:00");

        MockHttpServletResponse zero = page(flexed("2026-11-02T12:00", "00:00", "08:00", "0", "08:00", "00:00", "25"));
        assertThat(zero.getContentAsString()).contains("id=\"period-0-mcgPerHour-error\">must be above 0");

        // 8 h × 10 + 16 h × 25 = 480 mcg/day → 0.96 mL/day at 500 mcg/mL (BACLOFEN.md §10
        // refill arithmetic)
        MockHttpServletResponse ok = page(flexed("2026-11-02T12:00", "00:00", "08:00", "10", "08:00", "00:00", "25"));
        assertThat(ok.getStatus()).isEqualTo(302);
        String html = page(MockMvcRequestBuilders.get(base())).getContentAsString();
        assertThat(html).contains("id=\"current-dose\">480 mcg/day")
            .contains("id=\"daily-volume\">0.96 mL/day")
            .contains("00:00–08:00 10 mcg/h")
            .contains("08:00–00:00 25 mcg/h");
        // the dose form starts from the current flexed programme
        assertThat(html).contains("id=\"mode-flexed\" value=\"flexed\" checked");
        // a refill may keep the flexed programme: residual expected 18 − 0.8 × 1.5 − 0.96
        // × 1.5 = 15.36 mL
        assertThat(page(MockMvcRequestBuilders.post(base() + "/refills")
            .param("filledAt", "2026-11-04T00:00")
            .param("residualMl", "15.4")
            .param("volumeMl", "18")
            .param("concentrationMcgMl", "500")
            .param("keepFlexed", "on")).getStatus()).isEqualTo(302);
        String refilled = page(MockMvcRequestBuilders.get(base())).getContentAsString();
        assertThat(refilled).contains("id=\"current-dose\">480 mcg/day")
            .contains("08:00–00:00 25 mcg/h")
            .contains("15.4 mL (15.36)");
    }

    private MockHttpServletRequestBuilder flexed(String from, String... p) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(base() + "/dose")
            .param("from", from)
            .param("mode", "flexed")
            .param("rows", String.valueOf(p.length / 3));
        for (int i = 0; i < p.length / 3; i++) {
            b.param("periods[" + i + "].start", p[3 * i])
                .param("periods[" + i + "].end", p[3 * i + 1])
                .param("periods[" + i + "].mcgPerHour", p[3 * i + 2]);
        }
        return b;
    }

    @Test
    void screening_trial_recorded_bolus_by_bolus() throws Exception {
        String start = page(MockMvcRequestBuilders.get(base())).getContentAsString();
        assertThat(start).contains("Trial in progress.").contains("Give 50 mcg");
        assertThat(page(
                MockMvcRequestBuilders.post(base() + "/screening").param("doseMcg", "50").param("response", "none"))
            .getStatus()).isEqualTo(302);
        MockHttpServletResponse bad = page(MockMvcRequestBuilders.post(base() + "/screening")
            .param("doseMcg", "100")
            .param("response", "positive"));
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("id=\"doseMcg-error\">the trial&#39;s bolus 2 is 75 mcg");
        MockHttpServletResponse noResponse = page(
                MockMvcRequestBuilders.post(base() + "/screening").param("doseMcg", "75"));
        assertThat(noResponse.getContentAsString()).contains("id=\"response-error\"");
        // adequate response to 75 mcg lasting 10 h (> 8 h): start at the same dose, 75
        // mcg/day [LBL-ITB]
        assertThat(page(MockMvcRequestBuilders.post(base() + "/screening")
            .param("doseMcg", "75")
            .param("response", "positive")
            .param("effectHours", "10")).getStatus()).isEqualTo(302);
        String done = page(MockMvcRequestBuilders.get(base())).getContentAsString();
        assertThat(done).contains("Candidate.")
            .contains("75 mcg: adequate response, effect 10 h")
            .contains("75 mcg/day")
            .contains("LBL-ITB")
            .doesNotContain("id=\"screening-form\"");
        assertThat(page(MockMvcRequestBuilders.post(base() + "/screening").param("action", "restart")).getStatus())
            .isEqualTo(302);
        assertThat(page(MockMvcRequestBuilders.get(base())).getContentAsString()).contains("Give 50 mcg");
    }

}
