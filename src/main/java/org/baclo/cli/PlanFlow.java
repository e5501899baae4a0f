package org.baclo.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.PlanOptions;
import org.baclo.safety.CheckedPlan;
import org.baclo.safety.PlanService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code plan titrate} and {@code plan taper} share: the patient options, the
 * schedule and output options, and the run from the options to the printed plan. Each
 * subcommand adds its own dose options.
 */
final class PlanFlow {

    private final CliContext cli;

    PlanFlow(CliContext cli) {
        this.cli = cli;
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Mixin
    ContextOptions context;

    @Mixin
    PlanOutputOptions plan;

    /** What a subcommand asks the plan service for, once its own options are read. */
    interface PlanCall {

        CheckedPlan plan(PlanService service, PatientContext patient, PlanOptions options);

    }

    /**
     * Prints the lists when asked for; else reads the subcommand's own options
     * ({@code ownOptions}), then the patient, the schedule options and {@code --out}, in
     * that order (the first bad one is reported), plans, and prints the plan.
     * @return the exit code of {@link PlanOutput#emit}
     */
    int run(Supplier<PlanCall> ownOptions) {
        Knowledge k = cli.knowledge();
        PrintWriter out = spec.commandLine().getOut();
        if (context.printLists(out, k)) {
            return ExitCode.OK;
        }
        CheckedPlan result;
        try {
            PlanCall call = ownOptions.get();
            PatientContext c = context.resolve(k);
            PlanOptions options = plan.toOptions(k);
            PlanOutput.checkWritable(plan.out);
            result = call.plan(new PlanService(k, cli.clock()), c, options);
        }
        catch (InvalidRequestException e) {
            throw CliFields.badInput(e);
        }
        return PlanOutput.emit(result, k, plan.format.value, plan.out, out);
    }

}
