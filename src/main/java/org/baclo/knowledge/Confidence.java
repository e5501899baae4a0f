package org.baclo.knowledge;

/** How well a fact is supported (BACLOFEN.md, preamble). */
public enum Confidence {

    /** Read in an official label text or a paper abstract. */
    V("verified in a label or paper"),
    /** Read in a secondary summary. */
    S("from a secondary summary"),
    /** A modelling or product assumption; shown to users as an assumption. */
    A("product assumption"),
    /**
     * Unverified: information only, never the basis of an alert or an automatic dose
     * change.
     */
    U("unverified, information only");

    private final String meaning;

    Confidence(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

}
