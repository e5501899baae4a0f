package org.baclo.plan;

/**
 * A stored plan's life: created as a draft, activated once, superseded (never
 * overwritten) by a newer plan.
 */
public enum PlanStatus {

    DRAFT, ACTIVE, SUPERSEDED

}
