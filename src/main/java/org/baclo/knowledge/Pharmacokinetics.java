package org.baclo.knowledge;

import java.util.List;
import java.util.Optional;

/** pk.yaml: facts and parameter sets. */
public record Pharmacokinetics(List<PkFact> facts, List<PkParameterSet> parameterSets) {
    public static final String DEFAULT_SET = "default-adult";

    public Pharmacokinetics {
        facts = List.copyOf(facts);
        parameterSets = List.copyOf(parameterSets);
    }

    public Optional<PkParameterSet> parameterSet(String id) {
        return parameterSets.stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }

    public PkParameterSet defaultSet() {
        return parameterSet(DEFAULT_SET).orElseThrow();
    }
}
