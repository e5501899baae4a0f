package org.baclo.report;

/** The fixed sentences every simulation output carries. */
public final class ConcentrationNotice {

    public static final String NOTICE = Notice.TEXT;

    public static final String MODEL = "Model estimate from a published or default parameter set (BACLOFEN.md"
            + " section 6); no therapeutic concentration range is asserted.";

    public static final String VARIABILITY = "Virtual patients vary by the set's log-normal inter-individual"
            + " variability of clearance and volume; ka does not vary; covariates are fixed unless a distribution is"
            + " given.";

    public static final String COVARIATES = "Covariate distributions are user input: BACLOFEN.md gives none.";

    private ConcentrationNotice() {
    }

}
