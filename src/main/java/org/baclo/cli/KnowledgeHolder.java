package org.baclo.cli;

import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;

/** Loads the shipped knowledge once, on first use (commands that do not need it start faster). */
final class KnowledgeHolder {
    private static volatile Knowledge knowledge;

    private KnowledgeHolder() {
    }

    static Knowledge get() {
        Knowledge k = knowledge;
        if (k == null) {
            synchronized (KnowledgeHolder.class) {
                if (knowledge == null) {
                    knowledge = KnowledgeLoader.fromClasspath();
                }
                k = knowledge;
            }
        }
        return k;
    }
}
