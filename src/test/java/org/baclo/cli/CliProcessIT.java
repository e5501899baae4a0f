package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar as a user runs it: standard output of a command with
 * {@code --format json} (and of {@code export fhir}) is the document alone, with no
 * library log lines mixed in.
 */
class CliProcessIT {

    @TempDir
    Path dir;

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        Path.of("target/baclo.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void json_output_is_only_json() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        run("plan", "titrate", "--age", "45", "--sex", "male", "--weight-kg", "80", "--creatinine-mg-dl", "1.0",
                "--target-mg-day", "30", "--out", "plan.json", "--format", "json");
        assertThat(Files.exists(dir.resolve("plan.json"))).isTrue();
        String bundle = run("export", "fhir", "--plan", "plan.json");
        assertThat(json.readTree(bundle).get("resourceType").asString()).isEqualTo("Bundle");
        String dose = run("pump", "check-dose", "--current-mcg-day", "400", "--proposed-mcg-day", "560", "--origin",
                "spinal", "--format", "json");
        assertThat(json.readTree(dose).get("findings")).hasSize(1);
    }

}
