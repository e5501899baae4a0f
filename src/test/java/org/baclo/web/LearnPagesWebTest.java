package org.baclo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.baclo.education.Topics;
import org.baclo.knowledge.Knowledge;
import org.baclo.security.SecurityConfig;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Web slice: the public education pages render from the knowledge base, with sources and
 * the notice.
 */
@WebMvcTest({ LearnController.class, FaqPages.class })
@Import({ TestKnowledge.class, SecurityConfig.class, LearnPagesWebTest.Beans.class, PageFormat.class })
@org.baclo.testsupport.SecurityConfigMocks
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

    private MockHttpServletResponse page(String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    @Test
    void every_topic_page_is_public_and_cites_its_sources() throws Exception {
        for (String topic : new String[] { "overview", "dosing", "side-effects", "interactions", "precautions",
                "withdrawal", "pk", "products", "itb", "alternatives" }) {
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

    @Autowired
    Knowledge knowledge;

    /** The text a reader sees: the page without its tags. */
    private static String visible(String html) {
        return html.replaceAll("(?s)<head>.*</head>", "").replaceAll("<[^>]+>", " ");
    }

    private java.util.List<String> faqTopics() {
        return knowledge.faq().stream().map(org.baclo.knowledge.FaqEntry::topic).distinct().toList();
    }

    @Test
    void the_old_faq_page_moved_to_the_index_of_questions() throws Exception {
        MockHttpServletResponse r = page("/learn/faq");
        assertThat(r.getStatus()).isEqualTo(301);
        assertThat(r.getHeader("Location")).endsWith("/learn/questions");
        assertThat(page("/learn").getContentAsString()).contains("href=\"/learn/questions\"")
            .doesNotContain("href=\"/learn/faq\"");
    }

    /** Issue 14, item 7: one page per topic, and an index with a table of contents. */
    @Test
    void the_index_lists_every_topic_and_question_and_each_topic_has_its_own_page() throws Exception {
        String index = page("/learn/questions").getContentAsString();
        assertThat(faqTopics()).hasSizeGreaterThan(3);
        for (org.baclo.knowledge.FaqEntry q : knowledge.faq()) {
            assertThat(index).contains("href=\"/learn/questions/" + q.topic() + "#" + q.id() + "\"");
        }
        int total = 0;
        for (String topic : faqTopics()) {
            MockHttpServletResponse r = page("/learn/questions/" + topic);
            assertThat(r.getStatus()).as(topic).isEqualTo(200);
            String html = r.getContentAsString();
            int answers = html.split("class=\"mb-4 faq-answer\"", -1).length - 1;
            assertThat(answers).as(topic)
                .isEqualTo((int) knowledge.faq().stream().filter(q -> q.topic().equals(topic)).count());
            total += answers;
            assertThat(html).contains("supports, and does not replace, a clinician's judgement");
        }
        assertThat(total).isEqualTo(knowledge.faq().size());
        assertThat(page("/learn/questions/nonsense").getStatus()).isEqualTo(404);
    }

    /**
     * Issue 14, item 7: confidence in plain words, never the internal key text; every
     * source by its title, with a link unless it is Baclo's own assumption or the seed
     * articles.
     */
    @Test
    void public_pages_show_no_internal_words_and_sources_by_title_and_link() throws Exception {
        java.util.List<String> paths = new java.util.ArrayList<>(java.util.List.of("/learn", "/learn/questions",
                "/learn/sources", "/learn/overview", "/learn/dosing", "/learn/withdrawal"));
        faqTopics().forEach(t -> paths.add("/learn/questions/" + t));
        for (String path : paths) {
            String text = visible(page(path).getContentAsString());
            assertThat(text).as(path).doesNotContain("BACLOFEN.md").doesNotContain("§").doesNotContain("shared/seeds");
            for (org.baclo.knowledge.Confidence c : org.baclo.knowledge.Confidence.values()) {
                assertThat(text).as(path).doesNotContain(c.meaning());
            }
        }
        for (String topic : faqTopics()) {
            String html = page("/learn/questions/" + topic).getContentAsString();
            // no source keys in the text a reader sees
            assertThat(visible(html)).as(topic).doesNotContainPattern("\\b(LBL|POPPK|BACLO)-[A-Z]+\\b");
            java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<li id=\"src-([A-Z0-9-]+)\">\\s*(<a href=\"(https://[^\"]+)\")?")
                .matcher(html);
            int n = 0;
            while (m.find()) {
                n++;
                if (!java.util.Set.of("BACLO-A", "SEEDS").contains(m.group(1))) {
                    assertThat(m.group(3)).as(topic + " " + m.group(1)).isNotNull();
                }
            }
            assertThat(n).as(topic).isPositive();
        }
        assertThat(page("/learn/questions/withdrawal").getContentAsString())
            .contains("https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&amp;query=baclofen+tablets");
        assertThat(page("/learn/sources").getContentAsString()).contains("https://pubmed.ncbi.nlm.nih.gov/17637210/");
    }

    /** Issue 14, item 7: a heading is not repeated as the start of its body. */
    @Test
    void no_answer_repeats_its_question() {
        for (org.baclo.knowledge.FaqEntry q : knowledge.faq()) {
            String question = q.question().replaceAll("[^A-Za-z ]", "").toLowerCase();
            String start = q.answer()
                .substring(0, Math.min(q.answer().length(), q.question().length()))
                .replaceAll("[^A-Za-z ]", "")
                .toLowerCase();
            assertThat(start).as(q.id()).isNotEqualTo(question);
        }
    }

    @Autowired
    Topics topics;

    /**
     * Issue 14, item 7: on the topic pages too, no section heading is repeated as its
     * intro or its first entry's label.
     */
    @Test
    void no_topic_heading_repeats_its_body() {
        for (String id : topics.ids()) {
            org.baclo.education.Topic t = topics.topic(id).orElseThrow();
            assertThat(norm(t.summary())).as(id).doesNotStartWith(norm(t.title()));
            for (org.baclo.education.Section sec : t.sections()) {
                String h = norm(sec.heading());
                if (sec.intro() != null) {
                    assertThat(norm(sec.intro())).as(id + " / " + sec.heading()).doesNotStartWith(h);
                }
                sec.entries().forEach(e -> assertThat(norm(e.label())).as(id + " / " + sec.heading()).isNotEqualTo(h));
            }
        }
    }

    private static String norm(String s) {
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    @Test
    void clinical_pages_need_a_login() throws Exception {
        MockHttpServletResponse r = page("/patients");
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).endsWith("/login");
    }

}
