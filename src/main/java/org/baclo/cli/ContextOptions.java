package org.baclo.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.baclo.knowledge.Condition;
import org.baclo.knowledge.Indication;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.ContextInput;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The patient context options shared by {@code plan titrate}, {@code plan taper} and
 * {@code check}.
 */
final class ContextOptions {

    @Mixin
    CockcroftGaultOptions body;

    @Option(names = "--crcl-ml-min", paramLabel = "X", description = "Measured creatinine clearance in mL/min.")
    BigDecimal crclMlMin;

    @Option(names = "--creatinine-date", paramLabel = "YYYY-MM-DD",
            description = "When the serum creatinine was measured (an old value raises CREATININE_STALE).")
    LocalDate creatinineDate;

    @Option(names = "--dialysis", description = "The patient is on dialysis.")
    boolean dialysis;

    @Option(names = "--pregnant", description = "The patient is pregnant.")
    boolean pregnant;

    @Option(names = "--condition", paramLabel = "NAME",
            description = "A condition (repeatable); see --list-conditions.")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--med", paramLabel = "NAME", description = "A co-medication, generic or brand name (repeatable).")
    List<String> meds = new ArrayList<>();

    @Option(names = "--indication", paramLabel = "NAME",
            description = "What baclofen is for (default: ms-spasticity); see --list-indications.")
    String indication;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "The patient's time zone, e.g. Europe/Paris (default: this computer's).")
    String timeZone;

    @Option(names = "--list-indications", description = "List the indications and exit.")
    boolean listIndications;

    @Option(names = "--list-conditions", description = "List the conditions and exit.")
    boolean listConditions;

    /**
     * Whether any patient detail was typed (the check uses the plan file's patient
     * otherwise).
     */
    boolean anyGiven() {
        return body.anyGiven() || crclMlMin != null || dialysis || pregnant || !conditions.isEmpty() || !meds.isEmpty()
                || indication != null || timeZone != null || creatinineDate != null;
    }

    ContextInput input() {
        return new ContextInput(body.age, body.sex, body.weightKg, body.creatinineMgDl(), body.creatinineUmolL(),
                crclMlMin, dialysis, pregnant, conditions, meds, indication, timeZone, body.heightCm, creatinineDate,
                null);
    }

    PatientContext resolve(Knowledge k) {
        try {
            return input().resolve(k, ZoneId.systemDefault());
        }
        catch (InvalidRequestException e) {
            throw CliFields.badInput(e);
        }
    }

    /**
     * Prints the requested lists; true when something was printed (the command then exits
     * 0).
     */
    boolean printLists(PrintWriter out, Knowledge k) {
        if (listIndications) {
            out.println("Indications (--indication ID):");
            for (Indication i : k.indications()) {
                out.printf("  %-22s %-16s %s%n", i.id(), i.status().name().toLowerCase().replace('_', '-'), i.name());
            }
        }
        if (listConditions) {
            out.println("Conditions (--condition ID, repeatable):");
            for (Condition c : k.conditions()) {
                out.printf("  %-30s %s%s%n", c.id(), c.name(),
                        c.aliases().isEmpty() ? "" : " (also: " + String.join(", ", c.aliases()) + ")");
            }
        }
        out.flush();
        return listIndications || listConditions;
    }

}
