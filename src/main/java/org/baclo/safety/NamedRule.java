package org.baclo.safety;

import java.util.List;
import java.util.Objects;

/**
 * A safety rule with a name (for listings and test failures) and the codes it can raise.
 */
public record NamedRule(String name, List<FindingCode> codes, SafetyRule rule) {
    public NamedRule {
        Objects.requireNonNull(name, "name");
        codes = List.copyOf(codes);
        Objects.requireNonNull(rule, "rule");
    }
}
