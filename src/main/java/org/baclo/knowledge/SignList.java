package org.baclo.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A list of signs (serious reactions, overdose, withdrawal) with optional explanation.
 */
public record SignList(List<String> signs, List<String> earlySigns, List<String> higherRisk, Optional<String> text,
        List<String> source, Confidence confidence) implements Sourced {

    public SignList {
        signs = List.copyOf(signs);
        earlySigns = List.copyOf(earlySigns);
        higherRisk = List.copyOf(higherRisk);
        source = List.copyOf(source);
    }
}
