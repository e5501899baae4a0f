package org.baclo.knowledge;

import java.util.List;

/** Another treatment for spasticity, for comparison pages (BACLOFEN.md §12). */
public record Alternative(String id, String name, String kind, String concerns, List<String> source,
        Confidence confidence) implements Sourced {
}
