package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.baclo.cli.BacloCli;
import org.baclo.education.Topics;
import org.baclo.knowledge.Knowledge;
import org.baclo.security.SecurityConfig;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;

/**
 * Issue 10 item 4: the CLI and the API write the same record through the same JSON
 * writer, so for the same topic, the same kidney estimate and the same single-dose
 * simulation their bytes are identical (the CLI adds one newline).
 */
@WebMvcTest({ KnowledgeApi.class, ToolsApi.class })
@Import({ TestKnowledge.class, SecurityConfig.class, CliAndApiAgreeTest.Beans.class })
@WithMockUser
@org.baclo.testsupport.SecurityConfigMocks
class CliAndApiAgreeTest {

    @TestConfiguration
    static class Beans {

        @Bean
        Topics topics(Knowledge k) {
            return new Topics(k);
        }

    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Topics topics;

    /**
     * The CLI's standard output for the arguments, as UTF-8 bytes without its final
     * newline.
     */
    private static byte[] cli(String... args) {
        CommandLine cl = BacloCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        assertThat(exit).as(err.toString()).isZero();
        String s = out.toString();
        assertThat(s).endsWith("\n");
        return s.substring(0, s.length() - 1).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] api(String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("application/json");
        return r.getContentAsByteArray();
    }

    private static void assertSameBytes(byte[] api, byte[] cli) {
        assertThat(new String(api, StandardCharsets.UTF_8)).isEqualTo(new String(cli, StandardCharsets.UTF_8));
        assertThat(api).isEqualTo(cli);
    }

    @Test
    void every_topic_is_the_same_json_in_the_cli_and_the_api() throws Exception {
        assertThat(topics.ids()).hasSizeGreaterThan(5);
        for (String id : topics.ids()) {
            assertSameBytes(api("/api/v1/knowledge/topics/" + id), cli("info", id, "--format", "json"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "60 female 70 creatinineUmolL 90", "45 male 82.5 creatinineMgDl 1.4",
            "80 male 120 creatinineMgDl 1.1" })
    void the_same_crcl_is_the_same_json(String input) throws Exception {
        String[] p = input.split(" ");
        String option = p[3].equals("creatinineUmolL") ? "--creatinine-umol-l" : "--creatinine-mg-dl";
        assertSameBytes(
                api("/api/v1/tools/crcl?ageYears=" + p[0] + "&sex=" + p[1] + "&weightKg=" + p[2] + "&" + p[3] + "="
                        + p[4]),
                cli("crcl", "--age", p[0], "--sex", p[1], "--weight-kg", p[2], option, p[4], "--format", "json"));
    }

    @Test
    void the_same_single_dose_simulation_is_the_same_json() throws Exception {
        assertSameBytes(api("/api/v1/tools/simulation?singleDoseMg=10"),
                cli("simulate", "--single-dose-mg", "10", "--format", "json"));
        assertSameBytes(api("/api/v1/tools/simulation?singleDoseMg=20&weightKg=85&crclMlMin=45&days=2&gridMin=15"),
                cli("simulate", "--single-dose-mg", "20", "--weight-kg", "85", "--crcl-ml-min", "45", "--days", "2",
                        "--grid-min", "15", "--format", "json"));
    }

    @Test
    void tools_refuse_bad_input_with_a_field_problem() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/v1/tools/simulation?singleDoseMg=-1&weightKg=1"))
            .andReturn()
            .getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString()).contains("\"singleDoseMg\"").contains("\"weightKg\"");
        r = mvc.perform(get("/api/v1/tools/crcl?ageYears=60&sex=female&weightKg=70")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString()).contains("\"creatinineMgDl\"");
    }

}
