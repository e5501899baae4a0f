package org.baclo.cli;

import java.time.Clock;
import java.util.function.Supplier;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;

/**
 * What the commands are given by the composition root ({@link BacloCli}, through
 * {@link CliFactory}): the knowledge base, loaded on first use (commands that do not need
 * it start faster), and the clock every "today" comes from.
 */
final class CliContext {

    private final Supplier<Knowledge> loader;

    private final Clock clock;

    private Knowledge knowledge;

    CliContext(Supplier<Knowledge> loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    /** The shipped knowledge and the system clock in the default time zone. */
    static CliContext system() {
        return new CliContext(KnowledgeLoader::fromClasspath, Clock.systemDefaultZone());
    }

    synchronized Knowledge knowledge() {
        if (knowledge == null) {
            knowledge = loader.get();
        }
        return knowledge;
    }

    Clock clock() {
        return clock;
    }

}
