package org.baclo.regimen;

import java.util.List;
import java.util.Objects;

/**
 * One rule the planner applied, in words, with the source keys it rests on: the plan's
 * "why".
 */
public record AppliedRule(String text, List<String> source) {
    public AppliedRule {
        Objects.requireNonNull(text, "text");
        source = List.copyOf(source);
    }

    public String sourceText() {
        return String.join(", ", source);
    }
}
