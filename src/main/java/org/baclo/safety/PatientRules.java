package org.baclo.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baclo.knowledge.AgeRule;
import org.baclo.knowledge.Condition;
import org.baclo.knowledge.Confidence;
import org.baclo.knowledge.DialysisRule;
import org.baclo.knowledge.Indication;
import org.baclo.knowledge.IndicationStatus;
import org.baclo.knowledge.InteractionClass;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.RenalBand;
import org.baclo.knowledge.RenalBandName;
import org.baclo.knowledge.RenalRules;
import org.baclo.knowledge.Severity;
import org.baclo.knowledge.Substance;
import org.baclo.regimen.Medication;
import org.baclo.regimen.RenalAssessment;

/**
 * Rules on the patient: kidneys, co-medications, conditions, indication, age, pregnancy,
 * driving.
 */
final class PatientRules {

    private static final String ORAL = "oral";

    private PatientRules() {
    }

    /**
     * The renal band below NORMAL (BACLOFEN.md §5 [VLAV-2014, AJKD-2017, LBL-TAB]);
     * severity from dosing.yaml.
     */
    static List<Finding> renal(CheckInput in) {
        Optional<RenalAssessment> r = in.renal();
        if (r.isEmpty() || r.get().dialysis() || r.get().band() == RenalBandName.NORMAL) {
            return List.of();
        }
        RenalBand b = r.get().clearanceBand();
        FindingCode code = FindingCode.valueOf("RENAL_" + b.band().name());
        RenalRules rules = in.knowledge().dosing().renal();
        String msg = "CrCl " + r.get().crcl().value().format(1) + " (" + r.get().crcl().method().id() + ") is in the "
                + b.band() + " band (" + b.rangeText() + "): " + b.reduction() + " dose reduction"
                + b.startDose()
                    .map(s -> "; start " + s + " " + b.startFrequency().map(Enum::name).orElse(""))
                    .orElse("")
                + b.cap().map(c -> "; cap " + c + "/day").orElse("") + (b.slowTitration() ? "; slow titration" : "")
                + "." + b.advice().map(a -> " " + a).orElse("");
        boolean overridden = in.regimen().override().isPresent();
        String ov = b.severityWithOverride().isEmpty() ? ""
                : in.regimen()
                    .override()
                    .map(x -> " Clinician override: " + x + ".")
                    .orElse(" Plan it only with a clinician override (give" + " the reason).");
        return List
            .of(Finding.of(code, b.severity(overridden), msg + ov, rules.excretion() + " " + rules.toxicity(), b));
    }

    /** On dialysis (BACLOFEN.md §5 [LBL-CA, AJKD-2017]): avoid; CRITICAL. */
    static List<Finding> dialysis(CheckInput in) {
        if (in.context().isEmpty() || !in.context().get().dialysis()) {
            return List.of();
        }
        DialysisRule d = in.knowledge().dosing().renal().dialysis();
        return List.of(Finding.of(FindingCode.DIALYSIS, d.severity(), "The patient is on dialysis. " + d.advice(),
                in.knowledge().dosing().renal().toxicity(), d));
    }

    /**
     * One finding per co-medication and interaction class (BACLOFEN.md §8); the code,
     * severity and source are the class's in interactions.yaml. Intrathecal-only classes
     * do not apply to oral plans.
     */
    static List<Finding> interactions(CheckInput in) {
        if (in.context().isEmpty()) {
            return List.of();
        }
        Knowledge k = in.knowledge();
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Medication m : in.context().get().medications()) {
            if (m.substance().isEmpty()) {
                continue;
            }
            Substance s = m.substance().get();
            for (String classId : s.classes()) {
                Optional<InteractionClass> c = k.interactionClass(classId)
                    .filter(x -> x.route().map(ORAL::equals).orElse(true));
                if (c.isEmpty() || !seen.add(c.get().findingCode() + "|" + s.name())) {
                    continue;
                }
                String msg = m.label() + " — " + c.get().name() + ": " + decapitalize(c.get().effect());
                out.add(Finding.of(FindingCode.valueOf(c.get().findingCode()), c.get().severity(), msg,
                        c.get().name() + (s.atc() == null ? "" : " (" + s.atc() + ")") + ": " + c.get().effect(),
                        c.get()));
            }
        }
        return out;
    }

    /**
     * A co-medication name the substance list does not know is kept and reported, never
     * dropped [BACLO-A].
     */
    static List<Finding> unknownMedications(CheckInput in) {
        if (in.context().isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Medication m : in.context().get().unknownMedications()) {
            out.add(new Finding(FindingCode.UNKNOWN_MEDICATION, Severity.CAUTION, "'" + m.entered() + "' is not in"
                    + " Baclo's substance list, so its interactions with baclofen were not checked: check it by hand"
                    + " (or correct the spelling).",
                    "Interactions are checked by mapping each substance to its"
                            + " interaction classes (BACLOFEN.md §8).",
                    List.of("BACLO-A"), Confidence.A));
        }
        return out;
    }

    /**
     * Each condition's precaution (BACLOFEN.md §9); code, severity and source from
     * conditions.yaml.
     */
    static List<Finding> conditions(CheckInput in) {
        if (in.context().isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Condition c : in.context().get().conditions()) {
            out.add(Finding.of(FindingCode.valueOf(c.findingCode()), c.severity(), c.name() + ": " + c.rule(), c.rule(),
                    c));
        }
        return out;
    }

    /**
     * Indication (BACLOFEN.md §1, §9): efficacy not established → CAUTION; off-label →
     * CRITICAL without a clinician override, WARNING with one (the reason is shown).
     */
    static List<Finding> indication(CheckInput in) {
        if (in.context().isEmpty()) {
            return List.of();
        }
        Indication i = in.context().get().indication();
        if (i.status() == IndicationStatus.NOT_ESTABLISHED) {
            return List
                .of(Finding.of(FindingCode.INDICATION_NOT_ESTABLISHED, Severity.CAUTION, i.name() + ": " + i.text(),
                        "Label: efficacy in stroke, cerebral palsy and Parkinson's disease is not established;"
                                + " not indicated for rheumatic spasm.",
                        i));
        }
        if (i.status() == IndicationStatus.OFF_LABEL) {
            Optional<String> ov = in.regimen().override();
            String msg = i.name() + " is an off-label use. " + i.text() + ov.map(r -> " Clinician override: " + r + ".")
                .orElse(" Plan it only with a clinician override" + " (give the reason).");
            return List
                .of(Finding.of(FindingCode.OFF_LABEL_INDICATION, ov.isPresent() ? Severity.WARNING : Severity.CRITICAL,
                        msg, "Off-label uses may be planned only with a clinician override and a visible note.", i));
        }
        return List.of();
    }

    /** Pregnancy (BACLOFEN.md §9, §4 [LBL-OZO]); severity from conditions.yaml. */
    static List<Finding> pregnancy(CheckInput in) {
        if (in.context().isEmpty() || !in.context().get().pregnant()) {
            return List.of();
        }
        Condition p = in.knowledge().pregnancy();
        return List.of(Finding.of(FindingCode.PREGNANCY, p.severity(), "Pregnancy: " + p.rule(), p.rule(), p));
    }

    /**
     * Age 65 and over (BACLOFEN.md §3, §9 [LBL-TAB] U): information only, since the fact
     * is unverified.
     */
    static List<Finding> elderly(CheckInput in) {
        return ageRule(in, "elderly").map(a -> List.of(Finding.of(FindingCode.ELDERLY, a.severity(),
                "Age " + in.context().orElseThrow().ageYears() + ": " + a.rule(), a.rule(), a)))
            .orElse(List.of());
    }

    /**
     * Under 12 (BACLOFEN.md §3, §9 [LBL-LYV, LBL-FLQ, POPPK-PED]): an oral plan needs a
     * clinician override; CRITICAL without one, WARNING with one (the reason is shown).
     */
    static List<Finding> pediatric(CheckInput in) {
        Optional<AgeRule> rule = ageRule(in, "pediatric");
        if (rule.isEmpty()) {
            return List.of();
        }
        AgeRule a = rule.get();
        Optional<String> ov = in.regimen().override();
        String msg = "Age " + in.context().orElseThrow().ageYears() + ": " + a.rule()
                + a.note().map(n -> " " + n).orElse("") + ov.map(r -> " Clinician override: " + r + ".").orElse("");
        return List
            .of(Finding.of(FindingCode.PEDIATRIC, ov.isPresent() ? a.severity() : Severity.CRITICAL, msg, a.rule(), a));
    }

    /** Driving and machinery: INFO for every patient (BACLOFEN.md §9 [LBL-TAB]). */
    static List<Finding> driving(CheckInput in) {
        Condition d = in.knowledge().driving();
        return List.of(Finding.of(FindingCode.DRIVING, d.severity(), d.rule(), d.rule(), d));
    }

    /**
     * Without a patient context only the regimen itself is checked, against the label
     * limits. WARNING [BACLO-A].
     */
    static List<Finding> contextMissing(CheckInput in) {
        if (in.context().isPresent()) {
            return List.of();
        }
        return List.of(new Finding(FindingCode.CONTEXT_MISSING, Severity.WARNING, "No patient details were given:"
                + " kidney function, age, pregnancy, conditions, co-medications and indication were not checked, and"
                + " the label limits were used instead of renal limits.",
                "Renal, age, interaction and condition" + " rules need the patient context (BACLOFEN.md §5, §8, §9).",
                List.of("BACLO-A"), Confidence.A));
    }

    /**
     * "Additive CNS depression." → "additive CNS depression." (keeps "CNS ..." as it is).
     */
    private static String decapitalize(String s) {
        boolean word = s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1));
        return word ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static Optional<AgeRule> ageRule(CheckInput in, String id) {
        if (in.context().isEmpty()) {
            return Optional.empty();
        }
        int age = in.context().get().ageYears();
        return in.knowledge()
            .dosing()
            .ageRules()
            .stream()
            .filter(a -> a.id().equals(id) && a.appliesTo(age))
            .findFirst();
    }

}
