package org.baclo.knowledge;

/** The structure of a population-PK model. */
public enum PkModel {

    /** One compartment, first-order absorption and elimination. */
    ONE_COMPARTMENT_FIRST_ORDER,
    /** One compartment with transit-compartment absorption. */
    TRANSIT_ABSORPTION

}
