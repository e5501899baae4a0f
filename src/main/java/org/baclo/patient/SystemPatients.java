package org.baclo.patient;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Patients by id for system rules that run without a user (scheduled alert evaluation).
 * No access check and no audit: never call it on behalf of a user's request (use
 * {@link PatientAccess}).
 */
@Component
public class SystemPatients {

    private final PatientRepository patients;

    SystemPatients(PatientRepository patients) {
        this.patients = patients;
    }

    public Optional<Patient> find(long id) {
        return patients.findById(id);
    }

}
