package org.baclo.knowledge;

import java.util.List;

/** itb.yaml (BACLOFEN.md §10). */
public record Intrathecal(ItbScreening screening, PumpStart pumpStart, List<ItbTitration> titration,
        List<PumpModel> pumps, RefillRules refill, TextFact boxedWarning, TextFact epiduralMorphine) {
    public Intrathecal {
        titration = List.copyOf(titration);
        pumps = List.copyOf(pumps);
    }
}
