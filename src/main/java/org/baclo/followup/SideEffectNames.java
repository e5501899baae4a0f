package org.baclo.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.baclo.knowledge.AdverseReaction;
import org.baclo.knowledge.Knowledge;

/** The side effects a diary may name: the label's common reactions and the serious signs (BACLOFEN.md §7). */
public final class SideEffectNames {
    private final List<String> names;

    public SideEffectNames(Knowledge knowledge) {
        List<String> all = new ArrayList<>();
        knowledge.adverseReactions().common().stream().map(AdverseReaction::name).forEach(all::add);
        all.addAll(knowledge.adverseReactions().serious().signs());
        this.names = List.copyOf(all);
    }

    public List<String> names() {
        return names;
    }

    /** The listed name that {@code typed} stands for (case and surrounding spaces ignored). */
    public Optional<String> find(String typed) {
        String k = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(k)).findFirst();
    }
}
