package org.baclo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baclo.report.PlanFiles;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.RegimenDraft;
import org.baclo.safety.CheckedPlan;
import org.baclo.safety.PlanService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baclo check --regimen FILE}: re-checks a saved or hand-edited plan. The patient
 * is the one given on the command line, else the one saved in the file; without either,
 * only the regimen itself is checked.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check a saved or hand-written plan file (JSON) against the safety rules.")
final class CheckCommand implements Callable<Integer> {

    private final CliContext cli;

    CheckCommand(CliContext cli) {
        this.cli = cli;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--regimen", paramLabel = "FILE", description = "The plan file (as written by 'plan … --out').")
    Path regimen;

    @Mixin
    ContextOptions context;

    @Option(names = "--override", paramLabel = "REASON",
            description = "Clinician override with the reason (replaces" + " one saved in the file).")
    String override;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Knowledge k = cli.knowledge();
        PrintWriter out = spec.commandLine().getOut();
        if (context.printLists(out, k)) {
            return ExitCode.OK;
        }
        if (regimen == null) {
            throw new BadInputException("--regimen: is required (a plan file written by 'baclo plan … --out')");
        }
        if (override != null && override.isBlank()) {
            throw new BadInputException("--override: give the clinical reason for the override");
        }
        PlanFiles.PlanFile file = PlanFileInput.read(regimen);
        Optional<PatientContext> patient = patient(file, k);
        RegimenDraft d = file.regimen();
        RegimenDraft draft = override == null ? d : new RegimenDraft(d.kind(), d.productId(), d.frequency(),
                d.timeZone(), d.fromMgDay(), d.targetMgDay(), d.reason(), override, d.steps());
        Regimen r;
        try {
            r = draft.toRegimen(k, patient.map(PatientContext::zone).orElse(ZoneId.systemDefault()));
        }
        catch (InvalidRequestException e) {
            throw new BadInputException(regimen.getFileName() + ": " + e.getMessage());
        }
        CheckedPlan result = new PlanService(k, cli.clock()).check(r, patient);
        return PlanOutput.emit(result, k, format.value, null, out);
    }

    private Optional<PatientContext> patient(PlanFiles.PlanFile file, Knowledge k) {
        if (context.anyGiven()) {
            return Optional.of(context.resolve(k));
        }
        if (file.patient().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(file.patient().get().resolve(k, ZoneId.systemDefault()));
        }
        catch (InvalidRequestException e) {
            throw new BadInputException(regimen.getFileName() + ": " + e.under("patient.").getMessage());
        }
    }

}
