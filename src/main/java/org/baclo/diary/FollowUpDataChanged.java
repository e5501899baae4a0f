package org.baclo.diary;

/**
 * Published (Spring application event) after a change that may open or close follow-up
 * alerts for a patient: a diary upload, a pump refill or prescription change, a plan
 * activation. The alert store re-evaluates the patient's alerts when the publishing
 * transaction commits.
 */
public record FollowUpDataChanged(long patientId) {
}
