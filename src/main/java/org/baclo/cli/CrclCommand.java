package org.baclo.cli;

import org.baclo.report.CrclDocument;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.ContextInput;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.Crcl;
import org.baclo.regimen.RenalAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code baclo crcl}: Cockcroft–Gault creatinine clearance and the renal band, shown with
 * its inputs.
 */
@Command(name = "crcl", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Estimate creatinine clearance (Cockcroft–Gault) and the baclofen renal band.")
final class CrclCommand implements Callable<Integer> {

    private final CliContext cli;

    CrclCommand(CliContext cli) {
        this.cli = cli;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CockcroftGaultOptions patient;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Knowledge k = cli.knowledge();
        PatientContext c;
        try {
            if (patient.creatinineMgDl() == null && patient.creatinineUmolL() == null) {
                throw new InvalidRequestException("renal", "is required");
            }
            c = new ContextInput(patient.age, patient.sex, patient.weightKg, patient.creatinineMgDl(),
                    patient.creatinineUmolL(), null, false, false, List.of(), List.of(), null, null, patient.heightCm,
                    null, null)
                .resolve(k, ZoneId.systemDefault());
        }
        catch (InvalidRequestException e) {
            if (e.field().equals("renal")) {
                throw new BadInputException("--creatinine-mg-dl or --creatinine-umol-l: give one serum creatinine"
                        + " (" + e.problem() + ")");
            }
            throw CliFields.badInput(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        java.util.Optional<RenalAssessment> a = RenalAssessment.assess(k, c);
        if (a.isEmpty()) {
            throw new BadInputException("--height-cm: under " + k.dosing().kidneyInputs().adultAge() + " the kidney"
                    + " estimate is the bedside Schwartz eGFR, which needs the height; give --height-cm");
        }
        RenalAssessment r = a.get();
        if (format.value == OutputFormat.json) {
            out.println(Json.write(CrclDocument.of(k, c, r)));
        }
        else {
            out.println((r.crcl().method() == Crcl.Method.SCHWARTZ ? "eGFR (bedside Schwartz): "
                    : "Creatinine clearance (Cockcroft–Gault): ") + r.crcl().value().format(1));
            out.println("  " + r.crcl().calculation());
            out.println(
                    "  Formula: " + k.dosing().renal().formula() + " [" + String.join(", ", r.crcl().source()) + "]");
            out.println("Renal band: " + r.band() + " (" + r.clearanceBand().rangeText() + "): "
                    + r.clearanceBand().reduction() + " dose reduction [" + r.clearanceBand().sourceText() + "]");
            out.println(TopicRenderer.NOTICE);
        }
        out.flush();
        return ExitCode.OK;
    }

}
