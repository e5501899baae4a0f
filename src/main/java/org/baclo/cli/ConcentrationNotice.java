package org.baclo.cli;

/** The fixed sentences every simulation output carries. */
final class ConcentrationNotice {
    static final String NOTICE = TopicRenderer.NOTICE;
    static final String MODEL = "Model estimate from a published or default parameter set (BACLOFEN.md section 6);"
            + " no therapeutic concentration range is asserted.";
    static final String VARIABILITY = "Virtual patients vary by the set's log-normal inter-individual variability"
            + " of clearance and volume; ka does not vary; covariates are fixed unless a distribution is given.";
    static final String COVARIATES = "Covariate distributions are user input: BACLOFEN.md gives none.";

    private ConcentrationNotice() {
    }
}
