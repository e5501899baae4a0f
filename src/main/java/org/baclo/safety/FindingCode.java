package org.baclo.safety;

/**
 * Stable finding codes: tests assert them, plan files and the UI show them, docs/findings.md documents each with
 * its severity and source. Never rename or reuse a code; add new ones at the end of their group.
 */
public enum FindingCode {
    // Doses and speed (BACLOFEN.md §3, §4, §5)
    DOSE_ABOVE_DAILY_MAX,
    DOSE_ABOVE_SINGLE_MAX,
    TITRATION_TOO_FAST,
    TAPER_TOO_FAST,
    ABRUPT_STOP,
    TARGET_CAPPED,
    // Kidney function (§5)
    RENAL_MILD,
    RENAL_MODERATE,
    RENAL_SEVERE,
    DIALYSIS,
    // Co-medications (§8; the class → code map is interactions.yaml)
    INTERACTION_OPIOID,
    INTERACTION_BENZODIAZEPINE,
    INTERACTION_ALCOHOL,
    INTERACTION_CNS_DEPRESSANT,
    INTERACTION_TCA,
    INTERACTION_MAOI,
    INTERACTION_ANTIHYPERTENSIVE,
    INTERACTION_LEVODOPA,
    INTERACTION_LITHIUM,
    INTERACTION_NSAID,
    INTERACTION_ANAESTHETIC,
    INTERACTION_ITB_EPIDURAL_MORPHINE,
    UNKNOWN_MEDICATION,
    // Conditions (§9; the condition → code map is conditions.yaml)
    CONDITION_EPILEPSY,
    CONDITION_PSYCHOSIS,
    CONDITION_AUTONOMIC_DYSREFLEXIA,
    CONDITION_HEPATIC,
    CONDITION_RESPIRATORY,
    CONDITION_DIABETES,
    CONDITION_PEPTIC_ULCER,
    CONDITION_BLADDER_SPHINCTER,
    CONDITION_CEREBRAL_ORIGIN,
    CONDITION_TONE_NEEDED,
    // Indication, patient group, everyone (§1, §3, §9)
    INDICATION_NOT_ESTABLISHED,
    OFF_LABEL_INDICATION,
    PREGNANCY,
    ELDERLY,
    PEDIATRIC,
    DRIVING,
    // Products (§2)
    LIQUID_CONCENTRATION,
    // Checking itself
    CONTEXT_MISSING,
    // Intrathecal pumps (§10): raised by org.baclo.pump, not by the oral safety rules
    ITB_CONCENTRATION_UNLISTED,
    RESIDUAL_DISCREPANCY,
    ITB_TITRATION_TOO_FAST,
    ITB_DOSE_ABOVE_USUAL
}
