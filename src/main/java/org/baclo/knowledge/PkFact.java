package org.baclo.knowledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A pharmacokinetic fact, with its number when it has one (BACLOFEN.md §6). */
public record PkFact(String id, String text, Optional<BigDecimal> value, List<String> source,
        Confidence confidence) implements Sourced {
}
