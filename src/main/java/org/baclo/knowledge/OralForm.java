package org.baclo.knowledge;

/** Physical form of an oral product, which decides how a dose is measured. */
public enum OralForm {

    TABLET, ORAL_SOLUTION, ORAL_SUSPENSION, GRANULES;

    public boolean isLiquid() {
        return this == ORAL_SOLUTION || this == ORAL_SUSPENSION;
    }

}
