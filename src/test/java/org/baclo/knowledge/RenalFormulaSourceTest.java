package org.baclo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenalFormulaSourceTest {

    @Test
    @DisplayName("the Cockcroft–Gault formula carries its source key (BACLOFEN.md §5 [CG-1976])")
    void shipped() {
        assertThat(KnowledgeLoader.fromClasspath().dosing().renal().formulaSource()).containsExactly("CG-1976");
    }

    @Test
    @DisplayName("a missing or unknown formulaSource is a problem naming the field")
    void validated(@TempDir Path dir) throws IOException {
        for (String f : KnowledgeLoader.FILES) {
            Files.copy(Path.of("src/main/resources/knowledge", f), dir.resolve(f));
        }
        Path dosing = dir.resolve("dosing.yaml");
        Files.writeString(dosing, Files.readString(dosing).replace("formulaSource: CG-1976", "formulaSource: CG-1977"));
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir)).isInstanceOf(KnowledgeException.class)
            .hasMessageContaining("field 'renal.formulaSource': unknown source key 'CG-1977'");
        Files.writeString(dosing, Files.readString(dosing).replace("  formulaSource: CG-1977\n", ""));
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir))
            .hasMessageContaining("field 'renal.formulaSource': is missing");
    }

}
