package org.baclo.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient as a clinician enters it (page form and JSON API alike). Checked by {@link PatientValidator}; every
 * error names its field.
 *
 * @param creatinineUnit {@code mg/dL} or {@code umol/L}
 * @param careTeamId the team that cares for the patient; may be omitted when the clinician has exactly one team
 * @param version on an edit, the record version the form was opened with: a save over a newer version is refused
 *     (someone else changed the record meanwhile); omitted, the stored version is used
 */
public record PatientForm(String name, LocalDate dateOfBirth, String sex, BigDecimal weightKg,
        BigDecimal creatinineValue, String creatinineUnit, LocalDate creatinineDate, BigDecimal measuredCrclMlMin,
        Boolean dialysis, Boolean pregnant, List<String> conditions, List<String> medications, String indication,
        String timeZone, Long careTeamId, Integer version) {

    public PatientForm {
        conditions = conditions == null ? List.of()
                : conditions.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct().toList();
        medications = medications == null ? List.of()
                : medications.stream().filter(m -> m != null && !m.isBlank()).map(String::trim).distinct().toList();
    }

    public boolean isDialysis() {
        return Boolean.TRUE.equals(dialysis);
    }

    public boolean isPregnant() {
        return Boolean.TRUE.equals(pregnant);
    }

    /** An empty form with the defaults a new patient starts from. */
    public static PatientForm blank(String defaultZone) {
        return new PatientForm(null, null, null, null, null, "mg/dL", null, null, false, false, List.of(),
                List.of(), "ms-spasticity", defaultZone, null, null);
    }

    public static PatientForm of(Patient p) {
        return new PatientForm(p.name(), p.dateOfBirth(), p.sex(), p.weightKg(), p.creatinineValue(),
                p.creatinineUnit(), p.creatinineDate(), p.measuredCrclMlMin(), p.dialysis(), p.pregnant(),
                p.conditionIds(), p.medicationNames(), p.indication(), p.timeZone(), p.careTeamId(), p.version());
    }
}
