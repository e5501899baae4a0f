package org.baclo.patient;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.baclo.app.FieldProblem;
import org.baclo.units.Quote;
import org.baclo.app.InvalidInputException;
import org.baclo.app.Violations;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.KidneyUnits;
import org.baclo.units.InputLimits;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link PatientForm} and collects every problem, each naming its field: first
 * the limits declared on the form ({@link InputLimits}: issue 3's bad-input rules, age
 * 0–120 years, weight 2–400 kg, …), then what needs the knowledge base or other fields.
 * Limits are plausibility limits of the input, not clinical rules.
 */
@Component
class PatientValidator {

    private final Knowledge knowledge;

    private final Validator validator;

    private final Clock clock;

    PatientValidator(Knowledge knowledge, Validator validator, Clock clock) {
        this.knowledge = knowledge;
        this.validator = validator;
        this.clock = clock;
    }

    void check(PatientForm f) {
        List<FieldProblem> p = new java.util.ArrayList<>(Violations.of(validator, f));
        LocalDate today = LocalDate.now(clock);
        if (!has(p, "name") && (f.name() == null || f.name().isBlank())) {
            p.add(new FieldProblem("name", "Enter the patient's name."));
        }
        if (f.dateOfBirth() == null) {
            p.add(new FieldProblem("dateOfBirth", "Enter the date of birth (YYYY-MM-DD)."));
        }
        else if (f.dateOfBirth().isAfter(today)) {
            p.add(new FieldProblem("dateOfBirth", "The date of birth cannot be in the future."));
        }
        else if (Period.between(f.dateOfBirth(), today).getYears() > InputLimits.AGE_YEARS_MAX) {
            p.add(new FieldProblem("dateOfBirth", "Age must be " + InputLimits.AGE_YEARS_MAX + " years or less."));
        }
        if (!has(p, "sex") && (f.sex() == null || !(f.sex().equals("male") || f.sex().equals("female")))) {
            p.add(new FieldProblem("sex", "Choose male or female (used by the Cockcroft–Gault formula)."));
        }
        if (f.weightKg() == null) {
            p.add(new FieldProblem("weightKg", "Enter the weight in kg (" + InputLimits.WEIGHT_KG_MIN + " to "
                    + InputLimits.WEIGHT_KG_MAX + ")."));
        }
        checkKidneys(f, p, today);
        if (f.isPregnant() && "male".equals(f.sex())) {
            p.add(new FieldProblem("pregnant", "Pregnancy applies to female patients only."));
        }
        if (!has(p, "conditions")) {
            for (String c : f.conditions()) {
                if (knowledge.condition(c).isEmpty()) {
                    p.add(new FieldProblem("conditions", "Unknown condition '" + Quote.value(c) + "'. Known: "
                            + String.join(", ", knowledge.conditions().stream().map(x -> x.id()).toList()) + "."));
                }
            }
        }
        if (!has(p, "indication") && (f.indication() == null || knowledge.indication(f.indication()).isEmpty())) {
            p.add(new FieldProblem("indication", "Choose an indication: "
                    + String.join(", ", knowledge.indications().stream().map(i -> i.id()).toList()) + "."));
        }
        if (f.timeZone() == null || f.timeZone().isBlank()) {
            p.add(new FieldProblem("timeZone", "Enter a time zone such as Europe/Paris."));
        }
        else if (!has(p, "timeZone")) {
            try {
                ZoneId.of(f.timeZone());
            }
            catch (DateTimeException e) {
                p.add(new FieldProblem("timeZone", "Unknown time zone '" + Quote.value(f.timeZone())
                        + "'; use a region such as Europe/Paris or America/New_York."));
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
    }

    private static boolean has(List<FieldProblem> p, String field) {
        return p.stream().anyMatch(x -> x.field().equals(field));
    }

    private void checkKidneys(PatientForm f, List<FieldProblem> p, LocalDate today) {
        boolean creat = f.creatinineValue() != null;
        boolean measured = f.measuredCrclMlMin() != null;
        if (creat == measured) {
            p.add(new FieldProblem("creatinineValue",
                    creat ? "Give either a serum creatinine or a measured creatinine clearance, not both."
                            : "Enter a serum creatinine (with its unit and date) or a measured creatinine clearance."));
            return;
        }
        if (creat) {
            if (has(p, "creatinineValue")) {
                return;
            }
            if (f.creatinineValue().signum() <= 0) {
                p.add(new FieldProblem("creatinineValue", "Creatinine must be greater than 0."));
            }
            else {
                // plausibility with a unit hint (BACLOFEN.md §5): "88 mg/dL is not
                // plausible; did you mean µmol/L?"
                try {
                    if ("mg/dL".equals(f.creatinineUnit())) {
                        KidneyUnits.checkMgDl(knowledge.dosing().kidneyInputs(), f.creatinineValue());
                    }
                    else if ("umol/L".equals(f.creatinineUnit())) {
                        KidneyUnits.checkUmolL(knowledge.dosing().kidneyInputs(), f.creatinineValue());
                    }
                }
                catch (InvalidRequestException e) {
                    String m = e.problem();
                    p.add(new FieldProblem("creatinineValue",
                            Character.toUpperCase(m.charAt(0)) + m.substring(1) + "."));
                }
            }
            if (!"mg/dL".equals(f.creatinineUnit()) && !"umol/L".equals(f.creatinineUnit())) {
                p.add(new FieldProblem("creatinineUnit", "Choose mg/dL or umol/L."));
            }
            if (f.creatinineDate() == null) {
                p.add(new FieldProblem("creatinineDate", "Enter the date the creatinine was measured."));
            }
            else if (f.creatinineDate().isAfter(today)) {
                p.add(new FieldProblem("creatinineDate", "The creatinine date cannot be in the future."));
            }
            else if (!InputLimits.isPlausible(f.creatinineDate(), today)) {
                p.add(new FieldProblem("creatinineDate",
                        "The creatinine date must be " + InputLimits.EARLIEST_DATE + " or later."));
            }
        }
        else if (has(p, "measuredCrclMlMin")) {
            return;
        }
        else if (f.measuredCrclMlMin().signum() < 0) {
            p.add(new FieldProblem("measuredCrclMlMin", "Creatinine clearance must be 0 mL/min or more."));
        }
        else if (f.measuredCrclMlMin().compareTo(knowledge.dosing().kidneyInputs().maxCrclMlMin()) > 0) {
            p.add(new FieldProblem("measuredCrclMlMin",
                    "A creatinine clearance above " + knowledge.dosing().kidneyInputs().maxCrclMlMin().toPlainString()
                            + " mL/min is not plausible;" + " check the value."));
        }
    }

}
