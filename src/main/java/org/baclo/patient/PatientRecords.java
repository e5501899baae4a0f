package org.baclo.patient;

import org.baclo.security.PatientDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient records as the user administration sees them: existence only, no clinical
 * data.
 */
@Component
class PatientRecords implements PatientDirectory {

    private final PatientRepository patients;

    PatientRecords(PatientRepository patients) {
        this.patients = patients;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(long patientId) {
        return patients.existsById(patientId);
    }

}
