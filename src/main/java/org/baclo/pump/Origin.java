package org.baclo.pump;

import java.util.Locale;

/**
 * Origin of the spasticity: the intrathecal titration limits differ (BACLOFEN.md §10).
 */
public enum Origin {

    SPINAL, CEREBRAL;

    /** The id used in itb.yaml and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

}
