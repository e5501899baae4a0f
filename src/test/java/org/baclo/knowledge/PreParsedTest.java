package org.baclo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-parsed knowledge (issue 15.5, the CLI's start-up): the build stores the trees
 * the YAML parser makes, and the loader uses one only while its YAML text is unchanged.
 */
class PreParsedTest {

    @TempDir
    Path dir;

    private static byte[] shipped(String file) throws IOException {
        try (InputStream in = PreParsedTest.class.getClassLoader().getResourceAsStream("knowledge/" + file)) {
            return in.readAllBytes();
        }
    }

    private static PreParsed built() {
        return PreParsed.read(PreParsedTest.class.getClassLoader().getResourceAsStream(PreParsed.RESOURCE));
    }

    @Test
    void the_build_stores_every_shipped_file_as_the_yaml_parser_reads_it() throws IOException {
        PreParsed pre = built();
        for (String f : KnowledgeLoader.FILES) {
            byte[] yaml = shipped(f);
            assertThat(pre.tree(f, yaml)).as(f).isNotNull().isEqualTo(KnowledgeLoader.parseTree(yaml));
        }
    }

    @Test
    void a_tree_is_not_used_once_its_yaml_text_changes() throws IOException {
        byte[] yaml = shipped("dosing.yaml");
        byte[] edited = (new String(yaml, StandardCharsets.UTF_8) + "\n# a reviewer's note\n")
            .getBytes(StandardCharsets.UTF_8);
        assertThat(built().tree("dosing.yaml", yaml)).isNotNull();
        assertThat(built().tree("dosing.yaml", edited)).isNull();
    }

    @Test
    void written_trees_read_back_equal_and_a_damaged_file_is_ignored() throws IOException {
        Map<String, byte[]> yaml = new LinkedHashMap<>();
        Map<String, Object> trees = new LinkedHashMap<>();
        for (String f : KnowledgeLoader.FILES) {
            yaml.put(f, shipped(f));
            trees.put(f, KnowledgeLoader.parseTree(yaml.get(f)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PreParsed.write(out, yaml, trees);
        PreParsed back = PreParsed.read(new ByteArrayInputStream(out.toByteArray()));
        for (String f : KnowledgeLoader.FILES) {
            assertThat(back.tree(f, yaml.get(f))).as(f).isEqualTo(trees.get(f));
        }
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), out.size() / 2);
        assertThat(PreParsed.read(new ByteArrayInputStream(cut)).tree("sources.yaml", yaml.get("sources.yaml")))
            .isNull();
    }

    @Test
    void knowledge_from_the_stored_trees_equals_knowledge_from_the_yaml_files() throws IOException {
        for (String f : KnowledgeLoader.FILES) {
            Files.write(dir.resolve(f), shipped(f));
        }
        assertThat(KnowledgeLoader.fromClasspath()).usingRecursiveComparison()
            .isEqualTo(KnowledgeLoader.fromDirectory(dir));
    }

    @Test
    void the_build_step_leaves_out_a_file_that_does_not_parse() throws IOException {
        for (String f : KnowledgeLoader.FILES) {
            Files.write(dir.resolve(f), shipped(f));
        }
        Files.writeString(dir.resolve("faq.yaml"), "faq: [unclosed\n");
        PreParsed.main(new String[] { dir.toString() });
        PreParsed pre;
        try (InputStream in = Files.newInputStream(dir.resolve("knowledge.bin"))) {
            pre = PreParsed.read(in);
        }
        assertThat(pre.tree("faq.yaml", Files.readAllBytes(dir.resolve("faq.yaml")))).isNull();
        assertThat(pre.tree("drug.yaml", shipped("drug.yaml"))).isNotNull();
    }

}
