package org.baclo.knowledge;

import java.util.List;
import java.util.Optional;

/** A label adverse reaction with its frequency range in percent. */
public record AdverseReaction(String name, Range frequency, Optional<String> note, List<String> source,
        Confidence confidence) implements Sourced {
}
