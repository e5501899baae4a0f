package org.baclo.cli;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.baclo.regimen.TaperReason;
import org.baclo.regimen.TaperRequest;
import org.baclo.units.Milligrams;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baclo plan taper}: lower the dose or stop, slowly unless a serious adverse
 * reaction justifies speed.
 */
@Command(name = "taper", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Plan a taper from the current daily dose to a lower dose or to stop (default −5 mg per dose"
                + " every 3 days, at least 7 days in all from above 15 mg/day).")
final class TaperCommand implements Callable<Integer> {

    private final CliContext cli;

    TaperCommand(CliContext cli) {
        this.cli = cli;
    }

    /**
     * Where the taper starts: one of the two (picocli refuses both with a usage error,
     * exit 2).
     */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Start start;

    static final class Start {

        @Option(names = "--from-mg-day", paramLabel = "MG",
                description = "Daily dose taken now (required unless --from-regimen gives it).")
        BigDecimal fromMgDay;

        @Option(names = "--from-regimen", paramLabel = "FILE",
                description = "The active plan (a file from 'baclo plan … --out'): the taper starts from the dose it"
                        + " gives on the taper's first day.")
        java.nio.file.Path fromRegimen;

    }

    @Option(names = "--to-mg-day", paramLabel = "MG", description = "Daily dose to reach (default 0: stop).")
    BigDecimal toMgDay;

    @Option(names = "--reason", paramLabel = "REASON", defaultValue = "routine",
            description = "routine (default), no-benefit or serious-adverse-reaction (the only one that may be fast).")
    String reason;

    @Mixin
    PlanFlow flow;

    @Override
    public Integer call() {
        return flow.run(() -> {
            Milligrams to = CliFields.mg("--to-mg-day", toMgDay).orElse(Milligrams.ZERO);
            TaperReason why = TaperReason.parse("reason", reason);
            BigDecimal fromMgDay = start == null ? null : start.fromMgDay;
            java.nio.file.Path fromRegimen = start == null ? null : start.fromRegimen;
            if (fromRegimen == null) {
                Milligrams from = CliFields.positiveMg("--from-mg-day", fromMgDay, "the daily dose taken now in mg");
                return (service, c, options) -> service.plan(new TaperRequest(c, from, to, why, options));
            }
            FromRegimenOption active = new FromRegimenOption();
            active.choice = new FromRegimenOption.Choice();
            active.choice.fromRegimen = fromRegimen;
            return (service, c, options) -> {
                java.time.LocalDate first = options.startDate()
                    .orElse(java.time.LocalDate.now(cli.clock().withZone(c.zone())));
                Milligrams from = active.currentOn(first, c.zone(), cli.knowledge())
                    .orElseThrow(() -> new BadInputException("--from-regimen: the plan gives no dose on " + first));
                return service.plan(new TaperRequest(c, from, to, why, options));
            };
        });
    }

}
