package org.baclo.knowledge;

import java.util.List;

/** adverse-reactions.yaml (BACLOFEN.md §4, §7, §10). */
public record AdverseReactions(List<AdverseReaction> common, SignList serious, SignList laboratory,
        List<TextFact> other, SignList overdoseOral, OverdoseThreshold overdoseThreshold, SignList overdoseIntrathecal,
        SignList withdrawalOral, SignList withdrawalIntrathecal) {
    public AdverseReactions {
        common = List.copyOf(common);
        other = List.copyOf(other);
    }
}
