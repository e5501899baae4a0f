package org.baclo.followup;

/**
 * Stable follow-up alert codes (diary and intrathecal pump). Tests assert them, the
 * dashboard, the CLI and FHIR Flags show them, docs/alerts.md documents each with its
 * severity and source. Never rename or reuse a code; add new ones at the end of their
 * group.
 */
public enum AlertCode {

    // Oral follow-up from the diary (BACLOFEN.md §3, §4, §7, §11)
    WITHDRAWAL_RISK, SERIOUS_ADVERSE_EVENT, SPASTICITY_WORSENING, RESPONSE, OVER_DOSE, MISSED_DOSES,
    // Intrathecal pumps (§10)
    REFILL_DUE_SOON, REFILL_OVERDUE, STABILITY_LIMIT, ITB_WITHDRAWAL_SIGNS

}
