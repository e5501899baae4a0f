package org.baclo.patient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.KidneyUnits;
import org.baclo.web.FieldProblem;
import org.baclo.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link PatientForm} and collects every problem, each naming its field. Limits are plausibility limits
 * of the input (issue 3's bad-input rules: age 0–120 years, weight 2–400 kg), not clinical rules.
 */
@Component
class PatientValidator {
    static final BigDecimal MIN_WEIGHT = BigDecimal.valueOf(2);
    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(400);
    static final int MAX_AGE = 120;

    private final Knowledge knowledge;
    private final Clock clock;

    PatientValidator(Knowledge knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.clock = clock;
    }

    void check(PatientForm f) {
        List<FieldProblem> p = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (f.name() == null || f.name().isBlank()) {
            p.add(new FieldProblem("name", "Enter the patient's name."));
        } else if (f.name().length() > 200) {
            p.add(new FieldProblem("name", "Use at most 200 characters."));
        }
        if (f.dateOfBirth() == null) {
            p.add(new FieldProblem("dateOfBirth", "Enter the date of birth (YYYY-MM-DD)."));
        } else if (f.dateOfBirth().isAfter(today)) {
            p.add(new FieldProblem("dateOfBirth", "The date of birth cannot be in the future."));
        } else if (Period.between(f.dateOfBirth(), today).getYears() > MAX_AGE) {
            p.add(new FieldProblem("dateOfBirth", "Age must be " + MAX_AGE + " years or less."));
        }
        if (f.sex() == null || !(f.sex().equals("male") || f.sex().equals("female"))) {
            p.add(new FieldProblem("sex", "Choose male or female (used by the Cockcroft–Gault formula)."));
        }
        if (f.weightKg() == null) {
            p.add(new FieldProblem("weightKg", "Enter the weight in kg (2 to 400)."));
        } else if (f.weightKg().compareTo(MIN_WEIGHT) < 0 || f.weightKg().compareTo(MAX_WEIGHT) > 0) {
            p.add(new FieldProblem("weightKg", "Weight must be between 2 and 400 kg; got "
                    + f.weightKg().toPlainString() + "."));
        }
        checkKidneys(f, p, today);
        if (f.isPregnant() && "male".equals(f.sex())) {
            p.add(new FieldProblem("pregnant", "Pregnancy applies to female patients only."));
        }
        for (String c : f.conditions()) {
            if (knowledge.condition(c).isEmpty()) {
                p.add(new FieldProblem("conditions", "Unknown condition '" + c + "'. Known: " + String.join(", ",
                        knowledge.conditions().stream().map(x -> x.id()).toList()) + "."));
            }
        }
        if (f.medications().size() > 50) {
            p.add(new FieldProblem("medications", "List at most 50 co-medications."));
        }
        f.medications().stream().filter(m -> m.length() > 200).findFirst().ifPresent(m ->
                p.add(new FieldProblem("medications", "A medication name has at most 200 characters.")));
        if (f.indication() == null || knowledge.indication(f.indication()).isEmpty()) {
            p.add(new FieldProblem("indication", "Choose an indication: " + String.join(", ",
                    knowledge.indications().stream().map(i -> i.id()).toList()) + "."));
        }
        if (f.timeZone() == null || f.timeZone().isBlank()) {
            p.add(new FieldProblem("timeZone", "Enter a time zone such as Europe/Paris."));
        } else {
            try {
                ZoneId.of(f.timeZone());
            } catch (DateTimeException e) {
                p.add(new FieldProblem("timeZone", "Unknown time zone '" + f.timeZone()
                        + "'; use a region such as Europe/Paris or America/New_York."));
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
    }

    private void checkKidneys(PatientForm f, List<FieldProblem> p, LocalDate today) {
        boolean creat = f.creatinineValue() != null;
        boolean measured = f.measuredCrclMlMin() != null;
        if (creat == measured) {
            p.add(new FieldProblem("creatinineValue", creat
                    ? "Give either a serum creatinine or a measured creatinine clearance, not both."
                    : "Enter a serum creatinine (with its unit and date) or a measured creatinine clearance."));
            return;
        }
        if (creat) {
            if (f.creatinineValue().signum() <= 0) {
                p.add(new FieldProblem("creatinineValue", "Creatinine must be greater than 0."));
            } else {
                // plausibility with a unit hint (BACLOFEN.md §5): "88 mg/dL is not plausible; did you mean µmol/L?"
                try {
                    if ("mg/dL".equals(f.creatinineUnit())) {
                        KidneyUnits.checkMgDl(knowledge.dosing().kidneyInputs(), f.creatinineValue());
                    } else if ("umol/L".equals(f.creatinineUnit())) {
                        KidneyUnits.checkUmolL(knowledge.dosing().kidneyInputs(), f.creatinineValue());
                    }
                } catch (InvalidRequestException e) {
                    String m = e.problem();
                    p.add(new FieldProblem("creatinineValue", Character.toUpperCase(m.charAt(0)) + m.substring(1)
                            + "."));
                }
            }
            if (!"mg/dL".equals(f.creatinineUnit()) && !"umol/L".equals(f.creatinineUnit())) {
                p.add(new FieldProblem("creatinineUnit", "Choose mg/dL or umol/L."));
            }
            if (f.creatinineDate() == null) {
                p.add(new FieldProblem("creatinineDate", "Enter the date the creatinine was measured."));
            } else if (f.creatinineDate().isAfter(today)) {
                p.add(new FieldProblem("creatinineDate", "The creatinine date cannot be in the future."));
            }
        } else if (f.measuredCrclMlMin().signum() < 0) {
            p.add(new FieldProblem("measuredCrclMlMin", "Creatinine clearance must be 0 mL/min or more."));
        } else if (f.measuredCrclMlMin().compareTo(knowledge.dosing().kidneyInputs().maxCrclMlMin()) > 0) {
            p.add(new FieldProblem("measuredCrclMlMin", "A creatinine clearance above "
                    + knowledge.dosing().kidneyInputs().maxCrclMlMin().toPlainString() + " mL/min is not plausible;"
                    + " check the value."));
        }
    }
}
