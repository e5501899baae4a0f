package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.baclo.knowledge.InteractionClass;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class InfoCommandTest {

    /**
     * The shipped knowledge, loaded once for the class (the composition root loads it per
     * context).
     */
    private static final CliContext SHARED = CliContext.system();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = BacloCli.commandLine(SHARED);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** BACLOFEN.md §7 [LBL-TAB]: label frequencies with their source keys. */
    @Test
    void side_effects_lists_label_frequencies_with_sources() {
        Run r = run("info", "side-effects");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("transient drowsiness: 10–63% [LBL-TAB; V]", "dizziness: 5–15%", "weakness: 5–15%",
                "fatigue: 2–4%", "urinary frequency: 2–6%", "LBL-TAB: Baclofen tablets USP",
                "supports, and does not replace, a clinician's judgement");
    }

    @Test
    void interactions_json_is_valid_and_lists_every_class() {
        Run r = run("info", "interactions", "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());
        Knowledge k = KnowledgeLoader.fromClasspath();
        JsonNode entries = json.get("sections").get(0).get("entries");
        assertThat(entries.size()).isEqualTo(k.interactionClasses().size());
        for (InteractionClass c : k.interactionClasses()) {
            assertThat(entries.valueStream()
                .anyMatch(e -> e.get("id").asString().equals(c.id())
                        && e.get("severity").asString().equals(c.severity().name())
                        && e.get("findingCode").asString().equals(c.findingCode()) && e.get("source").size() > 0))
                .as(c.id())
                .isTrue();
        }
        assertThat(json.get("sources").size()).isPositive();
    }

    @Test
    void every_topic_prints_with_sources() {
        for (String topic : new String[] { "overview", "dosing", "side-effects", "interactions", "precautions",
                "withdrawal", "pk", "products", "itb", "alternatives", "faq" }) {
            Run r = run("info", topic);
            assertThat(r.exit()).as(topic).isZero();
            assertThat(r.out()).as(topic).contains("Sources\n-------\n").containsPattern("\\[[A-Z0-9-]+");
        }
    }

    @Test
    void faq_answers_every_question_with_its_sources() {
        Knowledge k = KnowledgeLoader.fromClasspath();
        Run r = run("info", "faq", "--format", "json");
        JsonNode json = Json.MAPPER.readTree(r.out());
        long answered = json.get("sections")
            .valueStream()
            .flatMap(s -> s.get("entries").valueStream())
            .filter(e -> !e.get("text").asString().isBlank() && e.get("source").size() > 0)
            .count();
        assertThat(answered).isEqualTo(k.faq().size());
        String text = run("info", "faq").out();
        assertThat(text).contains("What is baclofen?", "What happens if I stop baclofen suddenly?",
                "Can I drink alcohol while taking baclofen?");
    }

    @Test
    void json_decimals_are_plain() {
        assertThat(Json.write(new java.math.BigDecimal("8E+1"))).isEqualTo("80");
    }

    @Test
    void list_prints_the_topics() {
        Run r = run("info", "--list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("overview, dosing, side-effects, interactions, precautions, withdrawal, pk,"
                + " products, itb, alternatives, faq");
    }

    @Test
    void unknown_topic_lists_the_topics_and_exits_2() {
        Run r = run("info", "dosage");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown topic 'dosage'", "side-effects", "faq");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknown_format_exits_2() {
        Run r = run("info", "pk", "--format", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--format");
    }

}
