package org.baclo.security;

/**
 * Whether a patient record exists, for linking a patient's login to it. Implemented by
 * the patient package, which depends on security (not the other way round).
 */
public interface PatientDirectory {

    boolean exists(long patientId);

}
