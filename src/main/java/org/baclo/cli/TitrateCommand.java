package org.baclo.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.PlanOptions;
import org.baclo.regimen.TitrationRequest;
import org.baclo.safety.CheckedPlan;
import org.baclo.safety.PlanService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code baclo plan titrate}: raise the dose to a target, within the label and renal limits. */
@Command(name = "titrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Plan a titration up to a target daily dose (label start 5 mg TID, +5 mg per dose every"
                + " 3 days, adjusted for kidney function).")
final class TitrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--target-mg-day", paramLabel = "MG", description = "Target daily dose in mg (required).")
    BigDecimal targetMgDay;

    @Option(names = "--current-mg-day", paramLabel = "MG", description = "Daily dose taken now (default: none).")
    BigDecimal currentMgDay;

    @Mixin
    ContextOptions context;

    @Mixin
    PlanOutputOptions plan;

    @Override
    public Integer call() {
        Knowledge k = KnowledgeHolder.get();
        PrintWriter out = spec.commandLine().getOut();
        if (context.printLists(out, k)) {
            return ExitCode.OK;
        }
        var target = CliFields.positiveMg("--target-mg-day", targetMgDay, "the target daily dose in mg");
        var current = CliFields.mg("--current-mg-day", currentMgDay);
        PatientContext c = context.resolve(k);
        PlanOptions options = plan.toOptions(k);
        PlanOutput.checkWritable(plan.out);
        CheckedPlan result;
        try {
            result = new PlanService(k, Clock.systemDefaultZone())
                    .titrate(new TitrationRequest(c, target, current, options));
        } catch (InvalidRequestException e) {
            throw CliFields.badInput(e);
        }
        return PlanOutput.emit(result, k, plan.format, plan.out, out);
    }
}
