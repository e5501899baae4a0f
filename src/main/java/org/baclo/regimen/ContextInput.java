package org.baclo.regimen;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.baclo.knowledge.Condition;
import org.baclo.knowledge.Indication;
import org.baclo.knowledge.Knowledge;
import org.baclo.units.InputLimits;
import org.baclo.units.Kilograms;
import org.baclo.units.MgPerDl;
import org.baclo.units.MlPerMin;
import org.baclo.units.Quote;
import org.baclo.units.UmolPerL;

/**
 * The patient context as a form or the command line gives it: raw values, any of them missing. {@link #resolve}
 * checks every value and resolves names through the knowledge base. Field names in errors are the component
 * names here ({@code ageYears}, {@code weightKg}, …; {@code renal} when no kidney value or more than one is given).
 *
 * @param indication an indication id or name; null means {@value #DEFAULT_INDICATION}
 * @param timeZone a region id such as Europe/Paris; null means the caller's default zone
 */
public record ContextInput(Integer ageYears, String sex, BigDecimal weightKg, BigDecimal creatinineMgDl,
        BigDecimal creatinineUmolL, BigDecimal measuredCrclMlPerMin, boolean dialysis, boolean pregnant,
        List<String> conditions, List<String> medications, String indication, String timeZone) {

    /** The labelled indication (BACLOFEN.md §1, [LBL-TAB]); the default when none is named. */
    public static final String DEFAULT_INDICATION = "ms-spasticity";

    public ContextInput {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        medications = medications == null ? List.of() : List.copyOf(medications);
    }

    /**
     * The checked context.
     *
     * @throws InvalidRequestException naming the first field that is missing or not allowed
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
            throw new InvalidRequestException("weightKg", "is required (kg, " + InputLimits.WEIGHT_KG_MIN + " to "
                    + InputLimits.WEIGHT_KG_MAX + ")");
        }
        if (weightKg.signum() <= 0) {
            throw new InvalidRequestException("weightKg", "must be between " + InputLimits.WEIGHT_KG_MIN + " and "
                    + InputLimits.WEIGHT_KG_MAX + " kg; got " + Quote.number(weightKg));
        }
        return new PatientContext(ageYears, Sex.parse(sex), new Kilograms(weightKg), renal(), dialysis, pregnant,
                conditions(k), medications(k), indication(k),
                TimeZones.orDefault(timeZone, defaultZone, "Europe/Paris or America/New_York"));
    }

    private RenalInput renal() {
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
            return SerumCreatinine.ofMgPerDl(new MgPerDl(positive("creatinineMgDl", creatinineMgDl, "mg/dL")));
        }
        if (creatinineUmolL != null) {
            return SerumCreatinine.ofUmolPerL(new UmolPerL(positive("creatinineUmolL", creatinineUmolL, "µmol/L")));
        }
        if (measuredCrclMlPerMin.signum() < 0) {
            throw new InvalidRequestException("measuredCrclMlPerMin", "must be 0 mL/min or more; got "
                    + Quote.number(measuredCrclMlPerMin));
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
                    .orElseThrow(() -> new InvalidRequestException("conditions", "unknown condition '" + name
                            + "'; known: " + k.conditions().stream().map(Condition::id)
                            .collect(Collectors.joining(", "))));
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
        return k.indications().stream()
                .filter(i -> i.id().equalsIgnoreCase(key) || i.name().toLowerCase(Locale.ROOT).equals(key))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("indication", "unknown indication '" + wanted
                        + "'; known: " + k.indications().stream().map(Indication::id)
                        .collect(Collectors.joining(", "))));
    }
}
