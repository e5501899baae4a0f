package org.baclo.security;

/** Whether an audited action was allowed. */
public enum AuditOutcome {

    OK, DENIED, NOT_FOUND, INVALID

}
