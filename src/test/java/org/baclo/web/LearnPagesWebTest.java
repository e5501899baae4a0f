package org.baclo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.baclo.education.Topics;
import org.baclo.knowledge.Knowledge;
import org.baclo.security.ApiTokenService;
import org.baclo.security.ProblemWriter;
import org.baclo.security.SecurityConfig;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Web slice: the public education pages render from the knowledge base, with sources and
 * the notice.
 */
@WebMvcTest(LearnController.class)
@Import({ TestKnowledge.class, SecurityConfig.class, LearnPagesWebTest.Beans.class, PageFormat.class })
class LearnPagesWebTest {

    @TestConfiguration
    static class Beans {

        @Bean
        Topics topics(Knowledge k) {
            return new Topics(k);
        }

    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ApiTokenService tokens;

    @MockitoBean
    ProblemWriter problems;

    @MockitoBean
    org.baclo.security.BacloUserDetailsService users;

    @MockitoBean
    org.baclo.security.LoginThrottle throttle;

    @MockitoBean
    org.baclo.security.AuditService audit;

    @MockitoBean
    org.baclo.security.RefusalAudit refusals;

    @MockitoBean
    org.baclo.security.SecurityEpoch epoch;

    private MockHttpServletResponse page(String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    @Test
    void every_topic_page_is_public_and_cites_its_sources() throws Exception {
        for (String topic : new String[] { "overview", "dosing", "side-effects", "interactions", "precautions",
                "withdrawal", "pk", "products", "itb", "alternatives", "faq" }) {
            MockHttpServletResponse r = page("/learn/" + topic);
            assertThat(r.getStatus()).as(topic).isEqualTo(200);
            assertThat(r.getContentAsString()).as(topic)
                .contains("Sources")
                .contains("supports, and does not replace, a clinician's judgement");
        }
    }

    /** BACLOFEN.md §7 [LBL-TAB]: the side-effects page shows the label frequencies. */
    @Test
    void side_effects_page_shows_label_frequencies() throws Exception {
        assertThat(page("/learn/side-effects").getContentAsString()).contains("transient drowsiness")
            .contains("10–63%")
            .contains("LBL-TAB");
    }

    @Test
    void unknown_topic_is_404_and_pages_send_security_headers() throws Exception {
        assertThat(page("/learn/nonsense").getStatus()).isEqualTo(404);
        MockHttpServletResponse home = page("/");
        assertThat(home.getHeader("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(home.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void clinical_pages_need_a_login() throws Exception {
        MockHttpServletResponse r = page("/patients");
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).endsWith("/login");
    }

}
