package org.baclo.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.PlanOptions;
import org.baclo.regimen.TaperReason;
import org.baclo.regimen.TaperRequest;
import org.baclo.safety.CheckedPlan;
import org.baclo.safety.PlanService;
import org.baclo.units.Milligrams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code baclo plan taper}: lower the dose or stop, slowly unless a serious adverse reaction justifies speed. */
@Command(name = "taper", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Plan a taper from the current daily dose to a lower dose or to stop (default −5 mg per dose"
                + " every 3 days, at least 7 days in all from above 15 mg/day).")
final class TaperCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from-mg-day", paramLabel = "MG", description = "Daily dose taken now (required).")
    BigDecimal fromMgDay;

    @Option(names = "--to-mg-day", paramLabel = "MG", description = "Daily dose to reach (default 0: stop).")
    BigDecimal toMgDay;

    @Option(names = "--reason", paramLabel = "REASON", defaultValue = "routine",
            description = "routine (default), no-benefit or serious-adverse-reaction (the only one that may be fast).")
    String reason;

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
        Milligrams from = CliFields.positiveMg("--from-mg-day", fromMgDay, "the daily dose taken now in mg");
        Milligrams to = CliFields.mg("--to-mg-day", toMgDay).orElse(Milligrams.ZERO);
        CheckedPlan result;
        try {
            TaperReason why = TaperReason.parse("reason", reason);
            PatientContext c = context.resolve(k);
            PlanOptions options = plan.toOptions(k);
            PlanOutput.checkWritable(plan.out);
            result = new PlanService(k, Clock.systemDefaultZone()).taper(new TaperRequest(c, from, to, why, options));
        } catch (InvalidRequestException e) {
            throw CliFields.badInput(e);
        }
        return PlanOutput.emit(result, k, plan.format, plan.out, out);
    }
}
