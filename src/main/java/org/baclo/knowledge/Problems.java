package org.baclo.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collects problems while the knowledge base is read, and knows the valid source keys.
 */
final class Problems {

    private final List<KnowledgeProblem> list = new ArrayList<>();

    private Set<String> sourceKeys = Set.of();

    void add(KnowledgeProblem p) {
        list.add(p);
    }

    void sourceKeys(Set<String> keys) {
        this.sourceKeys = Set.copyOf(keys);
    }

    boolean knownSource(String key) {
        return sourceKeys.contains(key);
    }

    List<KnowledgeProblem> all() {
        return List.copyOf(list);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

}
