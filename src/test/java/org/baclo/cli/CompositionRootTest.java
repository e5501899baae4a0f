package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.baclo.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10 item 6: the CLI's commands get their knowledge and clock from the composition
 * root (a picocli factory), not from a static holder or the system clock.
 */
class CompositionRootTest {

    private static final Clock MARCH_2031 = Clock.fixed(Instant.parse("2031-03-04T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void today_comes_from_the_injected_clock() {
        CliContext context = new CliContext(KnowledgeLoader::fromClasspath, MARCH_2031);
        CliRun r = CliRun.of(context, "plan", "titrate", "--target-mg-day", "30", "--age", "45", "--sex", "male",
                "--weight-kg", "80", "--creatinine-mg-dl", "1.0", "--time-zone", "UTC", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode plan = Json.MAPPER.readTree(r.out());
        assertThat(plan.get("steps").get(0).get("startDate").asString()).isEqualTo("2031-03-04");
    }

    @Test
    void knowledge_is_loaded_once_per_context_and_only_when_a_command_needs_it() {
        AtomicInteger loads = new AtomicInteger();
        CliContext context = new CliContext(() -> {
            loads.incrementAndGet();
            return KnowledgeLoader.fromClasspath();
        }, MARCH_2031);
        assertThat(CliRun.of(context, "--version").exit()).isZero();
        assertThat(loads).hasValue(0);
        assertThat(CliRun.of(context, "info", "overview").exit()).isZero();
        assertThat(CliRun
            .of(context, "crcl", "--age", "60", "--sex", "female", "--weight-kg", "70", "--creatinine-mg-dl", "0.9")
            .exit()).isZero();
        assertThat(loads).hasValue(1);
    }

}
