package org.baclo.knowledge;

/** What the label says about a use of baclofen (BACLOFEN.md §1). */
public enum IndicationStatus {

    /** The labelled indication. */
    LABELLED,
    /** The label says it may be of value. */
    POSSIBLE_VALUE,
    /** The label says efficacy is not established; not recommended. */
    NOT_ESTABLISHED,
    /** Used off-label: planned only with a clinician override and a visible note. */
    OFF_LABEL

}
