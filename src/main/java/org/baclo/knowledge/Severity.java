package org.baclo.knowledge;

/** Severity shared by plan-time findings and follow-up alerts, in increasing order. */
public enum Severity {

    INFO, CAUTION, WARNING, CRITICAL;

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

}
