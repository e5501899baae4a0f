package org.baclo.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * {@code serve --demo} refused: a plain message and what to do, not a stack trace (issue
 * 14, item 8).
 */
class DemoRefusedAnalyzer extends AbstractFailureAnalyzer<DemoData.DemoRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DemoData.DemoRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), "Start the demo with another data folder, or, to add the demo"
                + " data to this one anyway, add --" + DemoData.ALLOW_EXISTING + "=true.", cause);
    }

}
