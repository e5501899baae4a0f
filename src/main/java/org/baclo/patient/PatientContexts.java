package org.baclo.patient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.ContextInput;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.RenalAssessment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a stored patient into the core's {@link PatientContext}, the same input the
 * command line builds, so a plan made on the page and one made by {@code baclo plan} for
 * the same patient are the same.
 */
@Component
public class PatientContexts {

    private final Knowledge knowledge;

    private final Clock clock;

    private final int creatinineMaxAgeDays;

    PatientContexts(Knowledge knowledge, Clock clock,
            @Value("${baclo.creatinine-max-age-days:90}") int creatinineMaxAgeDays) {
        this.knowledge = knowledge;
        this.clock = clock;
        this.creatinineMaxAgeDays = creatinineMaxAgeDays;
    }

    /**
     * The context input of a patient today (age from the date of birth, in the patient's
     * zone).
     */
    public ContextInput input(Patient p) {
        ZoneId zone = ZoneId.of(p.timeZone());
        int age = Period.between(p.dateOfBirth(), LocalDate.now(clock.withZone(zone))).getYears();
        BigDecimal mgDl = "mg/dL".equals(p.creatinineUnit()) ? p.creatinineValue() : null;
        BigDecimal umol = "umol/L".equals(p.creatinineUnit()) ? p.creatinineValue() : null;
        return new ContextInput(age, p.sex(), p.weightKg(), mgDl, umol, p.measuredCrclMlMin(), p.dialysis(),
                p.pregnant(), p.conditionIds(), p.medicationNames(), p.indication(), p.timeZone(), p.heightCm(),
                p.creatinineDate(), creatinineMaxAgeDays);
    }

    /**
     * The checked context; throws {@link InvalidRequestException} naming the field the
     * record lacks.
     */
    public PatientContext context(Patient p) {
        return input(p).resolve(knowledge, ZoneId.of(p.timeZone()));
    }

    PatientSummary.Renal renal(Patient p) {
        try {
            PatientContext c = context(p);
            java.util.Optional<RenalAssessment> a = RenalAssessment.assess(knowledge, c);
            if (a.isEmpty()) {
                return new PatientSummary.Renal(null, null, null, null, java.util.List.of(),
                        "Under 18 the kidney" + " estimate (bedside Schwartz) needs the height; no estimate was made.");
            }
            RenalAssessment r = a.get();
            return new PatientSummary.Renal(r.crcl().value().value(), r.crcl().method().id(), r.crcl().calculation(),
                    r.band().name(), r.crcl().source(), null);
        }
        catch (InvalidRequestException e) {
            return new PatientSummary.Renal(null, null, null, null, java.util.List.of(), e.getMessage());
        }
    }

}
