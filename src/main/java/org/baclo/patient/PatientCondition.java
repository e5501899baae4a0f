package org.baclo.patient;

/** A condition of the patient, by knowledge id (conditions.yaml). */
public record PatientCondition(String conditionId) {
}
