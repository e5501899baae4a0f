package org.baclo.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.baclo.knowledge.AdverseReaction;
import org.baclo.knowledge.Knowledge;

/**
 * The side effects a diary may name: the label's common reactions and the serious signs
 * (BACLOFEN.md §7).
 */
public final class SideEffectNames {

    private final List<String> names;

    public SideEffectNames(Knowledge knowledge) {
        List<String> all = new ArrayList<>();
        knowledge.adverseReactions().common().stream().map(AdverseReaction::name).forEach(all::add);
        all.addAll(knowledge.adverseReactions().serious().signs());
        // Intrathecal withdrawal signs a patient can report (not the outcomes such as
        // organ failure or death).
        var itb = knowledge.adverseReactions().withdrawalIntrathecal();
        itb.earlySigns().forEach(all::add);
        itb.signs().stream().filter(SideEffectNames::reportable).forEach(all::add);
        this.names = all.stream().distinct().toList();
    }

    private static boolean reportable(String sign) {
        String s = sign.toLowerCase(Locale.ROOT);
        return !(s.contains("death") || s.contains("organ failure") || s.contains("rhabdomyolysis"));
    }

    public List<String> names() {
        return names;
    }

    /**
     * The listed name that {@code typed} stands for (case and surrounding spaces
     * ignored).
     */
    public Optional<String> find(String typed) {
        String k = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(k)).findFirst();
    }

}
