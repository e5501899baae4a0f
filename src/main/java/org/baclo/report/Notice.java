package org.baclo.report;

/** The clinical-use notice every page, report and CLI output carries. */
public final class Notice {

    public static final String TEXT = "Baclo supports, and does not replace, a clinician's judgement.";

    private Notice() {
    }

}
