package org.baclo.patient;

/**
 * A co-medication as entered; resolved through the substance list when the context is
 * built.
 */
public record PatientMedication(String name) {
}
