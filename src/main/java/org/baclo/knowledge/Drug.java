package org.baclo.knowledge;

import java.util.List;

/** Baclofen itself (BACLOFEN.md §1). */
public record Drug(String name, String atc, String drugClass, String mechanism, List<String> source,
        Confidence confidence) implements Sourced {
}
