package org.baclo.knowledge;

import java.util.List;

/** Everything dosing.yaml holds. */
public record Dosing(OralDosing oral, Rounding rounding, TaperDefaults taper, RenalRules renal, List<AgeRule> ageRules,
        KidneyInputs kidneyInputs, PediatricLimits pediatricLimits) {
    public Dosing {
        ageRules = List.copyOf(ageRules);
    }
}
