package org.baclo.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient as the API and pages show it: the stored fields plus what follows from them
 * (age, the kidney assessment with its inputs, whether the creatinine is too old, which
 * co-medications are recognised).
 */
public record PatientSummary(long id, String name, LocalDate dateOfBirth, int ageYears, String sex, BigDecimal weightKg,
        BigDecimal heightCm, Creatinine creatinine, BigDecimal measuredCrclMlMin, boolean dialysis, boolean pregnant,
        List<ConditionView> conditions, List<MedicationView> medications, String indication, String indicationName,
        String timeZone, long careTeamId, Renal renal, Instant updatedAt, int version) {

    /**
     * The serum creatinine with its date; {@code stale} when older than the site's limit.
     */
    public record Creatinine(BigDecimal value, String unit, LocalDate date, boolean stale, int maxAgeDays) {
    }

    /** A recorded condition with its name from the knowledge base. */
    public record ConditionView(String id, String name) {
    }

    /** A co-medication as entered and, when the substance list knows it, what it is. */
    public record MedicationView(String name, boolean known, String substance, String atc, List<String> classes) {
    }

    /**
     * Kidney function for planning. {@code problem} is set (and the other fields null)
     * when the record lacks something the calculation needs.
     */
    public record Renal(BigDecimal crclMlPerMin, String method, String calculation, String band, List<String> source,
            String problem) {
    }
}
