package org.baclo.patient;

import static org.baclo.units.InputLimits.CRCL_DECIMALS;
import static org.baclo.units.InputLimits.CRCL_ML_MIN_MAX;
import static org.baclo.units.InputLimits.CRCL_ML_MIN_MIN;
import static org.baclo.units.InputLimits.CREATININE_DECIMALS;
import static org.baclo.units.InputLimits.CREATININE_MG_DL_MIN;
import static org.baclo.units.InputLimits.CREATININE_UMOL_L_MAX;
import static org.baclo.units.InputLimits.HEIGHT_CM_DECIMALS;
import static org.baclo.units.InputLimits.HEIGHT_CM_MAX;
import static org.baclo.units.InputLimits.HEIGHT_CM_MIN;
import static org.baclo.units.InputLimits.ID_TEXT_MAX;
import static org.baclo.units.InputLimits.LIST_MAX;
import static org.baclo.units.InputLimits.NAME_MAX;
import static org.baclo.units.InputLimits.WEIGHT_KG_DECIMALS;
import static org.baclo.units.InputLimits.WEIGHT_KG_MAX;
import static org.baclo.units.InputLimits.WEIGHT_KG_MIN;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient as a clinician enters it (page form and JSON API alike). Checked by
 * {@link PatientValidator}; every error names its field.
 *
 * @param heightCm optional; refines the kidney estimate (ideal or adjusted body weight in
 * Cockcroft–Gault; needed for the bedside Schwartz eGFR under 18, BACLOFEN.md §5)
 * @param creatinineUnit {@code mg/dL} or {@code umol/L}
 * @param careTeamId the team that cares for the patient; may be omitted when the
 * clinician has exactly one team
 * @param version on an edit, the record version the form was opened with: a save over a
 * newer version is refused (someone else changed the record meanwhile); omitted, the
 * stored version is used
 */
public record PatientForm(@Size(max = NAME_MAX, message = "Use at most " + NAME_MAX + " characters") String name,
        LocalDate dateOfBirth, @Size(max = ID_TEXT_MAX, message = "Choose male or female") String sex,
        @DecimalMin(value = WEIGHT_KG_MIN, message = WEIGHT) @DecimalMax(value = WEIGHT_KG_MAX,
                message = WEIGHT) @Digits(integer = 3, fraction = WEIGHT_KG_DECIMALS,
                        message = "Give the weight with at most " + WEIGHT_KG_DECIMALS
                                + " decimals") BigDecimal weightKg,
        @DecimalMin(value = HEIGHT_CM_MIN, message = HEIGHT) @DecimalMax(value = HEIGHT_CM_MAX,
                message = HEIGHT) @Digits(integer = 3, fraction = HEIGHT_CM_DECIMALS,
                        message = "Give the height with at most " + HEIGHT_CM_DECIMALS
                                + " decimal") BigDecimal heightCm,
        @DecimalMin(value = CREATININE_MG_DL_MIN, message = CREATININE) @DecimalMax(value = CREATININE_UMOL_L_MAX,
                message = CREATININE) @Digits(integer = 4, fraction = CREATININE_DECIMALS,
                        message = "Give the creatinine with at most " + CREATININE_DECIMALS
                                + " decimals") BigDecimal creatinineValue,
        @Size(max = ID_TEXT_MAX, message = "Choose mg/dL or umol/L") String creatinineUnit, LocalDate creatinineDate,
        @DecimalMin(value = CRCL_ML_MIN_MIN, message = CRCL) @DecimalMax(value = CRCL_ML_MIN_MAX,
                message = CRCL) @Digits(integer = 3, fraction = CRCL_DECIMALS,
                        message = "Give the clearance with at most "
                                + CRCL_DECIMALS + " decimal") BigDecimal measuredCrclMlMin,
        Boolean dialysis, Boolean pregnant,
        @Size(max = LIST_MAX,
                message = "List at most " + LIST_MAX + " conditions") List<@Size(max = ID_TEXT_MAX,
                        message = "A condition id has at most " + ID_TEXT_MAX + " characters") String> conditions,
        @Size(max = LIST_MAX,
                message = "List at most " + LIST_MAX + " co-medications") List<@Size(max = NAME_MAX,
                        message = "A medication name has at most " + NAME_MAX + " characters") String> medications,
        @Size(max = ID_TEXT_MAX,
                message = "Use an indication id of at most " + ID_TEXT_MAX + " characters") String indication,
        @Size(max = ID_TEXT_MAX,
                message = "Use a time zone id of at most " + ID_TEXT_MAX + " characters") String timeZone,
        @Positive(message = "Use the id of one of your care teams") Long careTeamId,
        @PositiveOrZero(message = "Send the version you read") Integer version) {

    private static final String WEIGHT = "Weight must be between " + WEIGHT_KG_MIN + " and " + WEIGHT_KG_MAX + " kg";

    private static final String HEIGHT = "Height must be between " + HEIGHT_CM_MIN + " and " + HEIGHT_CM_MAX + " cm";

    private static final String CREATININE = "Creatinine must be between " + CREATININE_MG_DL_MIN + " mg/dL and "
            + CREATININE_UMOL_L_MAX + " umol/L";

    private static final String CRCL = "Creatinine clearance must be between " + CRCL_ML_MIN_MIN + " and "
            + CRCL_ML_MIN_MAX + " mL/min";

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
        return new PatientForm(null, null, null, null, null, null, "mg/dL", null, null, false, false, List.of(),
                List.of(), "ms-spasticity", defaultZone, null, null);
    }

    public static PatientForm of(Patient p) {
        return new PatientForm(p.name(), p.dateOfBirth(), p.sex(), p.weightKg(), p.heightCm(), p.creatinineValue(),
                p.creatinineUnit(), p.creatinineDate(), p.measuredCrclMlMin(), p.dialysis(), p.pregnant(),
                p.conditionIds(), p.medicationNames(), p.indication(), p.timeZone(), p.careTeamId(), p.version());
    }
}
