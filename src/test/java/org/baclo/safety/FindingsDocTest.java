package org.baclo.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FindingsDocTest {

    @Test
    @DisplayName("docs/findings.md documents every finding code")
    void everyCodeDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/findings.md"));
        for (FindingCode c : FindingCode.values()) {
            assertThat(doc).as(c.name()).contains("| `" + c.name() + "` |");
        }
    }

}
