package org.baclo.safety;

import java.util.List;
import java.util.function.Function;

/**
 * Every safety rule, in one place. Each is a small function of {@link CheckInput}
 * returning its findings; the codes, severities and sources are documented in
 * docs/findings.md. Order here is the order findings of equal severity are listed in.
 */
public final class SafetyRules {

    private SafetyRules() {
    }

    public static List<NamedRule> all() {
        return List.of(rule("daily maximum", DoseRules::dailyMax, FindingCode.DOSE_ABOVE_DAILY_MAX),
                rule("single-dose maximum", DoseRules::singleMax, FindingCode.DOSE_ABOVE_SINGLE_MAX),
                rule("titration speed", SpeedRules::titrationTooFast, FindingCode.TITRATION_TOO_FAST),
                rule("taper speed", SpeedRules::taperTooFast, FindingCode.TAPER_TOO_FAST),
                rule("abrupt stop", SpeedRules::abruptStop, FindingCode.ABRUPT_STOP),
                rule("withdrawal signs", SpeedRules::withdrawalSigns, FindingCode.WITHDRAWAL_SIGNS),
                rule("target capped", DoseRules::targetCapped, FindingCode.TARGET_CAPPED),
                rule("renal band", PatientRules::renal, FindingCode.RENAL_MILD, FindingCode.RENAL_MODERATE,
                        FindingCode.RENAL_SEVERE),
                rule("dialysis", PatientRules::dialysis, FindingCode.DIALYSIS),
                rule("stale creatinine", KidneyRules::stale, FindingCode.CREATININE_STALE),
                rule("low creatinine", KidneyRules::low, FindingCode.CREATININE_LOW),
                rule("no kidney estimate", KidneyRules::notEstimated, FindingCode.RENAL_NOT_ESTIMATED),
                rule("interactions", PatientRules::interactions, FindingCode.INTERACTION_OPIOID,
                        FindingCode.INTERACTION_BENZODIAZEPINE, FindingCode.INTERACTION_ALCOHOL,
                        FindingCode.INTERACTION_CNS_DEPRESSANT, FindingCode.INTERACTION_TCA,
                        FindingCode.INTERACTION_MAOI, FindingCode.INTERACTION_ANTIHYPERTENSIVE,
                        FindingCode.INTERACTION_LEVODOPA, FindingCode.INTERACTION_LITHIUM,
                        FindingCode.INTERACTION_NSAID, FindingCode.INTERACTION_ANAESTHETIC,
                        FindingCode.INTERACTION_ITB_EPIDURAL_MORPHINE, FindingCode.DUPLICATE_BACLOFEN),
                rule("unknown medications", PatientRules::unknownMedications, FindingCode.UNKNOWN_MEDICATION),
                rule("conditions", PatientRules::conditions, FindingCode.CONDITION_EPILEPSY,
                        FindingCode.CONDITION_PSYCHOSIS, FindingCode.CONDITION_AUTONOMIC_DYSREFLEXIA,
                        FindingCode.CONDITION_HEPATIC, FindingCode.CONDITION_RESPIRATORY,
                        FindingCode.CONDITION_DIABETES, FindingCode.CONDITION_PEPTIC_ULCER,
                        FindingCode.CONDITION_BLADDER_SPHINCTER, FindingCode.CONDITION_CEREBRAL_ORIGIN,
                        FindingCode.CONDITION_TONE_NEEDED, FindingCode.CONDITION_LACTATION,
                        FindingCode.CONDITION_MISUSE_RISK),
                rule("indication", PatientRules::indication, FindingCode.INDICATION_NOT_ESTABLISHED,
                        FindingCode.OFF_LABEL_INDICATION),
                rule("pregnancy", PatientRules::pregnancy, FindingCode.PREGNANCY),
                rule("elderly", PatientRules::elderly, FindingCode.ELDERLY),
                rule("paediatric", PatientRules::pediatric, FindingCode.PEDIATRIC),
                rule("driving", PatientRules::driving, FindingCode.DRIVING),
                rule("liquid concentration", DoseRules::liquidConcentration, FindingCode.LIQUID_CONCENTRATION),
                rule("context missing", PatientRules::contextMissing, FindingCode.CONTEXT_MISSING));
    }

    private static NamedRule rule(String name, Function<CheckInput, List<Finding>> f, FindingCode... codes) {
        return new NamedRule(name, List.of(codes), f::apply);
    }

}
