package org.baclo.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.DoseLimits;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.RenalAssessment;

/**
 * Checks any regimen — planned or typed by hand — for a patient, with every rule of
 * {@link SafetyRules#all()}. Findings come most severe first. Immutable and thread-safe;
 * deterministic.
 */
public final class SafetyEngine {

    private final Knowledge knowledge;

    private final List<NamedRule> rules;

    public SafetyEngine(Knowledge knowledge) {
        this(knowledge, SafetyRules.all());
    }

    public SafetyEngine(Knowledge knowledge, List<NamedRule> rules) {
        this.knowledge = knowledge;
        this.rules = List.copyOf(rules);
    }

    /**
     * @param context the patient; empty checks the regimen alone against the label limits
     * (and says so)
     */
    public List<Finding> check(Regimen regimen, Optional<PatientContext> context) {
        Optional<RenalAssessment> renal = context.flatMap(c -> RenalAssessment.assess(knowledge, c));
        return check(new CheckInput(knowledge, regimen, context, renal, DoseLimits.of(knowledge, renal, context)));
    }

    List<Finding> check(CheckInput in) {
        List<Finding> out = new ArrayList<>();
        for (NamedRule r : rules) {
            for (Finding f : r.rule().apply(in)) {
                if (!r.codes().contains(f.code())) {
                    throw new IllegalStateException(
                            "rule '" + r.name() + "' raised " + f.code() + ", which it does not declare");
                }
                out.add(f);
            }
        }
        out.sort(Comparator.comparing(Finding::severity).reversed());
        return List.copyOf(out);
    }

}
