package org.baclo.cli;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.units.Milligrams;

/**
 * Maps request field names to the CLI options a user typed, so that errors name what to
 * change.
 */
final class CliFields {

    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("ageYears", "--age"),
            Map.entry("sex", "--sex"), Map.entry("weightKg", "--weight-kg"),
            Map.entry("creatinineMgDl", "--creatinine-mg-dl"), Map.entry("creatinineUmolL", "--creatinine-umol-l"),
            Map.entry("measuredCrclMlPerMin", "--crcl-ml-min"),
            Map.entry("renal", "--creatinine-mg-dl, --creatinine-umol-l or --crcl-ml-min"),
            Map.entry("pregnant", "--pregnant"), Map.entry("conditions", "--condition"),
            Map.entry("medications", "--med"), Map.entry("indication", "--indication"),
            Map.entry("timeZone", "--time-zone"), Map.entry("targetMgDay", "--target-mg-day"),
            Map.entry("currentMgDay", "--current-mg-day"), Map.entry("fromMgDay", "--from-mg-day"),
            Map.entry("toMgDay", "--to-mg-day"), Map.entry("reason", "--reason"), Map.entry("frequency", "--frequency"),
            Map.entry("product", "--product"), Map.entry("stepMg", "--step-mg"),
            Map.entry("intervalDays", "--interval-days"), Map.entry("startDate", "--start-date"),
            Map.entry("doseTimes", "--dose-times"), Map.entry("maintenanceDays", "--maintenance-days"),
            Map.entry("override", "--override"), Map.entry("heightCm", "--height-cm"),
            Map.entry("creatinineDate", "--creatinine-date"), Map.entry("doseMgDay", "--dose-mg-day"),
            Map.entry("doses", "--doses"));

    private CliFields() {
    }

    /** "--weight-kg: must be between 2 and 400 kg; got 0". */
    static BadInputException badInput(InvalidRequestException e) {
        return new BadInputException(OPTIONS.getOrDefault(e.field(), e.field()) + ": " + e.problem());
    }

    /** An optional mg amount typed on the command line: a number of mg, 0 or more. */
    static Optional<Milligrams> mg(String option, BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.signum() < 0) {
            throw new BadInputException(option + ": must be 0 mg or more; got " + value.toPlainString());
        }
        return Optional.of(new Milligrams(value));
    }

    /** A required mg amount above 0. */
    static Milligrams positiveMg(String option, BigDecimal value, String what) {
        if (value == null) {
            throw new BadInputException(option + ": is required (" + what + ")");
        }
        if (value.signum() <= 0) {
            throw new BadInputException(option + ": must be greater than 0 mg/day; got " + value.toPlainString());
        }
        return new Milligrams(value);
    }

}
