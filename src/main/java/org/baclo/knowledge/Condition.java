package org.baclo.knowledge;

import java.util.List;

/**
 * A condition or state that calls for a precaution, and the finding it raises
 * (BACLOFEN.md §9).
 */
public record Condition(String id, String name, List<String> aliases, Severity severity, String rule,
        String findingCode, List<String> source, Confidence confidence) implements Sourced {

    public Condition {
        aliases = List.copyOf(aliases);
        source = List.copyOf(source);
    }
}
