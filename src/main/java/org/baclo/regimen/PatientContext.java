package org.baclo.regimen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.baclo.knowledge.Condition;
import org.baclo.knowledge.Indication;
import org.baclo.units.InputLimits;
import org.baclo.units.Centimetres;
import org.baclo.units.Kilograms;
import org.baclo.units.Quote;

/**
 * Everything about the patient that planning and checking use. Immutable; built from raw
 * input by {@link ContextInput#resolve}. Input limits (age 0–120 years, weight 2–400 kg)
 * are plausibility limits from issue 3, not clinical rules.
 *
 * @param medications co-medications as entered, resolved where the substance list knows
 * them; unknown names kept
 * @param zone the patient's time zone: dose times are local times in it
 * @param height for the ideal body weight in Cockcroft–Gault and the bedside Schwartz
 * eGFR (BACLOFEN.md §5)
 * @param creatinineDate when the serum creatinine was measured (for
 * {@code CREATININE_STALE})
 * @param creatinineMaxAgeDays the site's limit for a stale creatinine; empty: the
 * knowledge default
 */
public record PatientContext(int ageYears, Sex sex, Kilograms weight, RenalInput renal, boolean dialysis,
        boolean pregnant, List<Condition> conditions, List<Medication> medications, Indication indication, ZoneId zone,
        Optional<Centimetres> height, Optional<LocalDate> creatinineDate, Optional<Integer> creatinineMaxAgeDays) {

    public static final int MIN_AGE = InputLimits.AGE_YEARS_MIN;

    public static final int MAX_AGE = InputLimits.AGE_YEARS_MAX;

    public static final BigDecimal MIN_WEIGHT_KG = InputLimits.MIN_WEIGHT_KG;

    public static final BigDecimal MAX_WEIGHT_KG = InputLimits.MAX_WEIGHT_KG;

    public PatientContext {
        if (ageYears < MIN_AGE || ageYears > MAX_AGE) {
            throw new InvalidRequestException("ageYears",
                    "must be a whole number of years from " + MIN_AGE + " to " + MAX_AGE + "; got " + ageYears);
        }
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(weight, "weight");
        if (weight.value().compareTo(MIN_WEIGHT_KG) < 0 || weight.value().compareTo(MAX_WEIGHT_KG) > 0) {
            throw new InvalidRequestException("weightKg", "must be between " + MIN_WEIGHT_KG + " and " + MAX_WEIGHT_KG
                    + " kg; got " + Quote.number(weight.value()));
        }
        Objects.requireNonNull(renal, "renal");
        if (pregnant && sex != Sex.FEMALE) {
            throw new InvalidRequestException("pregnant", "applies to female patients only");
        }
        conditions = List.copyOf(conditions);
        medications = List.copyOf(medications);
        Objects.requireNonNull(indication, "indication");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(creatinineDate, "creatinineDate");
        Objects.requireNonNull(creatinineMaxAgeDays, "creatinineMaxAgeDays");
    }

    /** Co-medication names the substance list does not know. */
    public List<Medication> unknownMedications() {
        return medications.stream().filter(m -> !m.isKnown()).toList();
    }

    public Optional<SerumCreatinine> creatinine() {
        return renal instanceof SerumCreatinine s ? Optional.of(s) : Optional.empty();
    }
}
