package org.baclo.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A patient record as stored: identity, the clinical context planning needs, and the care
 * team that may see it. Exactly one kidney value is used for planning: a serum creatinine
 * (with its unit and date) or a measured CrCl. The height (cm, optional) refines the
 * kidney estimate (BACLOFEN.md §5).
 */
public record Patient(@Id Long id, long careTeamId, String name, LocalDate dateOfBirth, String sex, BigDecimal weightKg,
        BigDecimal creatinineValue, String creatinineUnit, LocalDate creatinineDate, BigDecimal measuredCrclMlMin,
        boolean dialysis, boolean pregnant, String indication, String timeZone, Instant createdAt, Instant updatedAt,
        @Version Integer version, @MappedCollection Set<PatientCondition> conditions,
        @MappedCollection List<PatientMedication> medications, BigDecimal heightCm) {

    public Patient {
        conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
        medications = medications == null ? List.of() : List.copyOf(medications);
    }

    /** Without a height. */
    public Patient(Long id, long careTeamId, String name, LocalDate dateOfBirth, String sex, BigDecimal weightKg,
            BigDecimal creatinineValue, String creatinineUnit, LocalDate creatinineDate, BigDecimal measuredCrclMlMin,
            boolean dialysis, boolean pregnant, String indication, String timeZone, Instant createdAt,
            Instant updatedAt, Integer version, Set<PatientCondition> conditions, List<PatientMedication> medications) {
        this(id, careTeamId, name, dateOfBirth, sex, weightKg, creatinineValue, creatinineUnit, creatinineDate,
                measuredCrclMlMin, dialysis, pregnant, indication, timeZone, createdAt, updatedAt, version, conditions,
                medications, null);
    }

    public List<String> conditionIds() {
        return conditions.stream().map(PatientCondition::conditionId).sorted().toList();
    }

    public List<String> medicationNames() {
        return medications.stream().map(PatientMedication::name).toList();
    }
}
