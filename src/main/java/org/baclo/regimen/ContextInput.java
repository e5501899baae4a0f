package org.baclo.regimen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.baclo.knowledge.Condition;
import org.baclo.knowledge.Indication;
import org.baclo.knowledge.KidneyInputs;
import org.baclo.knowledge.Knowledge;
import org.baclo.units.InputLimits;
import org.baclo.units.Centimetres;
import org.baclo.units.Kilograms;
import org.baclo.units.MgPerDl;
import org.baclo.units.MlPerMin;
import org.baclo.units.Quote;
import org.baclo.units.UmolPerL;

/**
 * The patient context as a form or the command line gives it: raw values, any of them
 * missing. {@link #resolve} checks every value and resolves names through the knowledge
 * base. Field names in errors are the component names here ({@code ageYears},
 * {@code weightKg}, …; {@code renal} when no kidney value or more than one is given).
 *
 * @param indication an indication id or name; null means {@value #DEFAULT_INDICATION}
 * @param timeZone a region id such as Europe/Paris; null means the caller's default zone
 * @param heightCm optional; Cockcroft–Gault then uses the ideal or adjusted weight, and
 * under 18 it is needed for the bedside Schwartz eGFR (BACLOFEN.md §5)
 * @param creatinineDate optional; a creatinine older than {@code creatinineMaxAgeDays}
 * (null: the knowledge default) raises CREATININE_STALE
 */
public record ContextInput(Integer ageYears, String sex, BigDecimal weightKg, BigDecimal creatinineMgDl,
        BigDecimal creatinineUmolL, BigDecimal measuredCrclMlPerMin, boolean dialysis, boolean pregnant,
        List<String> conditions, List<String> medications, String indication, String timeZone, BigDecimal heightCm,
        LocalDate creatinineDate, Integer creatinineMaxAgeDays) {

    /**
     * Height limits (cm): a data-entry plausibility check, like the age and weight
     * limits.
     */
    public static final BigDecimal MIN_HEIGHT_CM = new BigDecimal(InputLimits.HEIGHT_CM_MIN);

    public static final BigDecimal MAX_HEIGHT_CM = new BigDecimal(InputLimits.HEIGHT_CM_MAX);

    /**
     * The labelled indication (BACLOFEN.md §1, [LBL-TAB]); the default when none is
     * named.
     */
    public static final String DEFAULT_INDICATION = "ms-spasticity";

    public ContextInput {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        medications = medications == null ? List.of() : List.copyOf(medications);
    }

    /** Without height and creatinine date. */
    public ContextInput(Integer ageYears, String sex, BigDecimal weightKg, BigDecimal creatinineMgDl,
            BigDecimal creatinineUmolL, BigDecimal measuredCrclMlPerMin, boolean dialysis, boolean pregnant,
            List<String> conditions, List<String> medications, String indication, String timeZone) {
        this(ageYears, sex, weightKg, creatinineMgDl, creatinineUmolL, measuredCrclMlPerMin, dialysis, pregnant,
                conditions, medications, indication, timeZone, null, null, null);
    }

    /**
     * The checked context.
     * @throws InvalidRequestException naming the first field that is missing or not
     * allowed
     */
    public PatientContext resolve(Knowledge k, ZoneId defaultZone) {
        if (ageYears == null) {
            throw new InvalidRequestException("ageYears", "is required (whole years, " + InputLimits.AGE_YEARS_MIN
                    + " to " + InputLimits.AGE_YEARS_MAX + ")");
        }
        if (sex == null) {
            throw new InvalidRequestException("sex", "is required (male or female)");
        }
        if (weightKg == null) {
            throw new InvalidRequestException("weightKg",
                    "is required (kg, " + InputLimits.WEIGHT_KG_MIN + " to " + InputLimits.WEIGHT_KG_MAX + ")");
        }
        if (weightKg.signum() <= 0) {
            throw new InvalidRequestException("weightKg", "must be between " + InputLimits.WEIGHT_KG_MIN + " and "
                    + InputLimits.WEIGHT_KG_MAX + " kg; got " + Quote.number(weightKg));
        }
        if (heightCm != null && (heightCm.compareTo(MIN_HEIGHT_CM) < 0 || heightCm.compareTo(MAX_HEIGHT_CM) > 0)) {
            throw new InvalidRequestException("heightCm", "must be between " + MIN_HEIGHT_CM + " and " + MAX_HEIGHT_CM
                    + " cm; got " + heightCm.toPlainString());
        }
        if (creatinineMaxAgeDays != null && creatinineMaxAgeDays < 1) {
            throw new InvalidRequestException("creatinineMaxAgeDays",
                    "must be 1 day or more; got " + creatinineMaxAgeDays);
        }
        KidneyInputs limits = k.dosing().kidneyInputs();
        PatientContext c = new PatientContext(ageYears, Sex.parse(sex), new Kilograms(weightKg), renal(limits),
                dialysis, pregnant, conditions(k), medications(k), indication(k),
                TimeZones.orDefault(timeZone, defaultZone, "Europe/Paris or America/New_York"),
                Optional.ofNullable(heightCm).map(Centimetres::new),
                measuredCrclMlPerMin == null ? Optional.ofNullable(creatinineDate) : Optional.empty(),
                Optional.ofNullable(creatinineMaxAgeDays));
        RenalAssessment.assess(k, c)
            .filter(r -> r.crcl().method() != Crcl.Method.MEASURED)
            .filter(r -> r.crcl().value().value().compareTo(limits.maxCrclMlMin()) > 0)
            .ifPresent(r -> {
                String field = creatinineMgDl != null ? "creatinineMgDl" : "creatinineUmolL";
                throw new InvalidRequestException(field,
                        "gives a clearance of " + r.crcl().value().format(0) + ", which is not plausible (above "
                                + limits.maxCrclMlMin().toPlainString()
                                + " mL/min): check the creatinine value and its unit");
            });
        return c;
    }

    private RenalInput renal(KidneyInputs limits) {
        int given = (creatinineMgDl == null ? 0 : 1) + (creatinineUmolL == null ? 0 : 1)
                + (measuredCrclMlPerMin == null ? 0 : 1);
        if (given == 0) {
            throw new InvalidRequestException("renal", "kidney function is required: give a serum creatinine"
                    + " (mg/dL or µmol/L) or a measured creatinine clearance (mL/min)");
        }
        if (given > 1) {
            throw new InvalidRequestException("renal", "give only one of creatinine in mg/dL, creatinine in µmol/L"
                    + " or a measured creatinine clearance");
        }
        if (creatinineMgDl != null) {
            positive("creatinineMgDl", creatinineMgDl, "mg/dL");
            KidneyUnits.checkMgDl(limits, creatinineMgDl);
            return SerumCreatinine.ofMgPerDl(new MgPerDl(creatinineMgDl));
        }
        if (creatinineUmolL != null) {
            positive("creatinineUmolL", creatinineUmolL, "µmol/L");
            KidneyUnits.checkUmolL(limits, creatinineUmolL);
            return SerumCreatinine.ofUmolPerL(new UmolPerL(creatinineUmolL));
        }
        if (measuredCrclMlPerMin.signum() < 0) {
            throw new InvalidRequestException("measuredCrclMlPerMin",
                    "must be 0 mL/min or more; got " + Quote.number(measuredCrclMlPerMin));
        }
        if (measuredCrclMlPerMin.compareTo(limits.maxCrclMlMin()) > 0) {
            throw new InvalidRequestException("measuredCrclMlPerMin",
                    measuredCrclMlPerMin.stripTrailingZeros().toPlainString() + " mL/min is not plausible (above "
                            + limits.maxCrclMlMin().toPlainString() + " mL/min): check" + " the value");
        }
        return new MeasuredCrcl(new MlPerMin(measuredCrclMlPerMin));
    }

    private static BigDecimal positive(String field, BigDecimal v, String unit) {
        if (v.signum() <= 0) {
            throw new InvalidRequestException(field, "must be greater than 0 " + unit + "; got " + Quote.number(v));
        }
        return v;
    }

    private List<Condition> conditions(Knowledge k) {
        List<Condition> out = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            String name = conditions.get(i);
            Condition c = (name == null || name.isBlank() ? Optional.<Condition>empty() : k.condition(name))
                .orElseThrow(() -> new InvalidRequestException("conditions", "unknown condition '" + name + "'; known: "
                        + k.conditions().stream().map(Condition::id).collect(Collectors.joining(", "))));
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private List<Medication> medications(Knowledge k) {
        List<Medication> out = new ArrayList<>();
        for (String name : medications) {
            if (name == null || name.isBlank()) {
                throw new InvalidRequestException("medications", "a medication name must not be empty");
            }
            out.add(new Medication(name.trim(), k.substance(name)));
        }
        return out;
    }

    private Indication indication(Knowledge k) {
        String wanted = indication == null || indication.isBlank() ? DEFAULT_INDICATION : indication.trim();
        String key = wanted.toLowerCase(Locale.ROOT);
        return k.indications()
            .stream()
            .filter(i -> i.id().equalsIgnoreCase(key) || i.name().toLowerCase(Locale.ROOT).equals(key))
            .findFirst()
            .orElseThrow(() -> new InvalidRequestException("indication", "unknown indication '" + wanted + "'; known: "
                    + k.indications().stream().map(Indication::id).collect(Collectors.joining(", "))));
    }
}
