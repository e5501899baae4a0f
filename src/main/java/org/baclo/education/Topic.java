package org.baclo.education;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A readable page of the monograph (e.g. "side-effects"), built from the knowledge base.
 */
public record Topic(String id, String title, String summary, List<Section> sections) {
    public Topic {
        sections = List.copyOf(sections);
    }

    /** Every source key cited in this topic, in order of first use. */
    public Set<String> sourceKeys() {
        Set<String> keys = new LinkedHashSet<>();
        sections.forEach(s -> s.entries().forEach(e -> keys.addAll(e.source())));
        return keys;
    }
}
