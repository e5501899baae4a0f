package org.baclo.security;

/**
 * What a user may do: an admin manages users and care teams; a clinician sees their
 * teams' patients; a patient themself.
 */
public enum Role {

    ADMIN, CLINICIAN, PATIENT;

    public String authority() {
        return "ROLE_" + name();
    }

}
