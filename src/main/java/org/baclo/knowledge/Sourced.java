package org.baclo.knowledge;

import java.util.List;

/** A knowledge entry that names where it comes from. */
public interface Sourced {

    /** Source keys from sources.yaml; never empty. */
    List<String> source();

    Confidence confidence();

    /** The source keys joined for display, e.g. "LBL-TAB, VLAV-2014". */
    default String sourceText() {
        return String.join(", ", source());
    }

}
