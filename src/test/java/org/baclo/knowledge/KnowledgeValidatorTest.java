package org.baclo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the validator broken copies of the shipped knowledge files and checks each
 * message names file, entry and field.
 */
class KnowledgeValidatorTest {

    @TempDir
    Path dir;

    private void copyShipped() throws IOException {
        for (String f : KnowledgeLoader.FILES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("knowledge/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path p = dir.resolve(file);
        String before = Files.readString(p, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the edit must change " + file).isNotEqualTo(before);
        Files.writeString(p, after, StandardCharsets.UTF_8);
    }

    private List<String> problems() {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeLoader.fromDirectory(dir));
        assertThat(e).as("the broken copy must be rejected").isNotNull();
        return e.problems().stream().map(KnowledgeProblem::toString).toList();
    }

    @Test
    void an_unbroken_copy_loads() throws IOException {
        copyShipped();
        assertThat(KnowledgeLoader.fromDirectory(dir).substances()).isNotEmpty();
    }

    @Test
    void unknown_source_key_is_named_with_file_entry_and_field() throws IOException {
        copyShipped();
        edit("interactions.yaml", s -> s.replaceFirst("source: LBL-CA", "source: LBL-XX"));
        assertThat(problems()).containsExactly(
                "interactions.yaml: interaction class 'opioid' (#1), field 'source': unknown source key 'LBL-XX'"
                        + " (not in sources.yaml)");
    }

    @Test
    void overlapping_renal_band_is_rejected() throws IOException {
        copyShipped();
        // MODERATE now starts at 25 mL/min, inside SEVERE (0 to under 30)
        edit("dosing.yaml", s -> s.replace("      min: 30 mL/min\n", "      min: 25 mL/min\n"));
        assertThat(problems()).containsExactly("dosing.yaml: file, field 'renal.bands': bands SEVERE (0 to under 30"
                + " mL/min) and MODERATE (25 to under 50 mL/min) overlap");
    }

    @Test
    void gapped_renal_band_is_rejected() throws IOException {
        copyShipped();
        edit("dosing.yaml", s -> s.replace("      min: 30 mL/min\n", "      min: 35 mL/min\n"));
        assertThat(problems()).containsExactly("dosing.yaml: file, field 'renal.bands': gap between band SEVERE"
                + " (ends at 30 mL/min) and band MODERATE (starts at 35 mL/min)");
    }

    @Test
    void substance_of_an_unknown_class_is_rejected() throws IOException {
        copyShipped();
        edit("substances.yaml",
                s -> s.replaceFirst("(name: oxycodone\\n(?:    .*\\n)*?    classes: \\[)opioid", "$1opiod"));
        assertThat(problems()).singleElement()
            .asString()
            .startsWith("substances.yaml: substance 'oxycodone' (#")
            .contains("field 'classes': unknown interaction class 'opiod' (known: ");
    }

    @Test
    void duplicate_brand_name_is_rejected_case_insensitively() throws IOException {
        copyShipped();
        // give oxycodone (listed first) the brand of alprazolam, in another case
        edit("substances.yaml", s -> s.replaceFirst("(name: oxycodone\\n    brands: \\[)", "$1xanax, "));
        assertThat(problems()).singleElement()
            .asString()
            .startsWith("substances.yaml: substance 'alprazolam' (#")
            .contains("field 'brands': duplicate name 'Xanax' (already used by substance 'oxycodone' (#");
    }

    @Test
    void missing_unit_is_rejected() throws IOException {
        copyShipped();
        edit("dosing.yaml", s -> s.replace("  maxDaily: 80 mg", "  maxDaily: 80"));
        assertThat(problems()).containsExactly("dosing.yaml: file, field 'oral.maxDaily': unit missing: write '80 mg'");
    }

    @Test
    void wrong_unit_is_rejected() throws IOException {
        copyShipped();
        edit("products.yaml", s -> s.replace("concentrations: [50 mcg/mL, 500 mcg/mL, 2000 mcg/mL]",
                "concentrations: [50 mg/mL, 500 mcg/mL, 2000 mcg/mL]"));
        assertThat(problems()).containsExactly("products.yaml: intrathecal product 'lioresal-intrathecal' (#1),"
                + " field 'concentrations': wrong unit 'mg/mL' in '50 mg/mL'; expected mcg/mL");
    }

    @Test
    void impossible_strengths_are_rejected() throws IOException {
        copyShipped();
        edit("products.yaml", s -> s.replace("strengths: [5 mg, 10 mg, 20 mg]\n    scored: true",
                "strengths: [0 mg, 10 mg, 200 mg]\n    scored: true"));
        assertThat(problems()).containsExactlyInAnyOrder(
                "products.yaml: oral product 'tablet' (#1), field 'strengths': impossible strength 0 mg: must be"
                        + " greater than 0 mg",
                "products.yaml: oral product 'tablet' (#1), field 'strengths': impossible strength 200 mg: above the"
                        + " single-dose maximum of 20 mg (dosing.yaml)");
    }

    @Test
    void impossible_percentage_is_rejected() throws IOException {
        copyShipped();
        edit("adverse-reactions.yaml", s -> s.replace("frequency: 10–63%", "frequency: 10–163%"));
        assertThat(problems()).containsExactly("adverse-reactions.yaml: reaction 'transient drowsiness' (#1),"
                + " field 'frequency': impossible percentage '10–163%': above 100%");
    }

    @Test
    void duplicate_generic_name_is_rejected() throws IOException {
        copyShipped();
        edit("substances.yaml", s -> s + "  - name: Oxycodone\n    atc: N02AA05\n    classes: [opioid]\n"
                + "    source: WHO-ATC\n    confidence: S\n");
        assertThat(problems()).singleElement()
            .asString()
            .contains("field 'name': duplicate name 'Oxycodone' (already used by substance 'oxycodone'");
    }

    @Test
    void missing_source_and_bad_confidence_are_rejected() throws IOException {
        copyShipped();
        edit("alternatives.yaml",
                s -> s.replaceFirst("    source: \\[REV-SPAS, SEEDS\\]\n    confidence: S", "    confidence: X"));
        assertThat(problems()).containsExactlyInAnyOrder(
                "alternatives.yaml: alternative 'tizanidine' (#1), field 'source': is missing: every entry names a"
                        + " source key from sources.yaml",
                "alternatives.yaml: alternative 'tizanidine' (#1), field 'confidence': unknown confidence 'X';"
                        + " allowed: V, S, A, U");
    }

    @Test
    void a_typo_in_a_field_name_is_reported() throws IOException {
        copyShipped();
        edit("conditions.yaml", s -> s.replaceFirst("    rule: Baclofen may worsen", "    rul: Baclofen may worsen"));
        assertThat(problems()).containsExactlyInAnyOrder(
                "conditions.yaml: condition 'epilepsy' (#1), field 'rule': is missing",
                "conditions.yaml: condition 'epilepsy' (#1), field 'rul': unknown field (a typo?)");
    }

    @Test
    void a_missing_file_and_invalid_yaml_are_reported() throws IOException {
        copyShipped();
        Files.delete(dir.resolve("scales.yaml"));
        Files.writeString(dir.resolve("alternatives.yaml"), "alternatives: [unclosed");
        List<String> problems = problems();
        assertThat(problems).anySatisfy(p -> assertThat(p).isEqualTo("scales.yaml: file: is missing"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("alternatives.yaml: file: is not valid YAML"));
    }

}
