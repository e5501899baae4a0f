package org.baclo.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baclo.regimen.TitrationRequest;
import org.baclo.units.Milligrams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baclo plan titrate}: raise the dose to a target, within the label and renal
 * limits.
 */
@Command(name = "titrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Plan a titration up to a target daily dose (label start 5 mg TID, +5 mg per dose every"
                + " 3 days, adjusted for kidney function).")
final class TitrateCommand implements Callable<Integer> {

    private final CliContext cli;

    TitrateCommand(CliContext cli) {
        this.cli = cli;
    }

    @Option(names = "--target-mg-day", paramLabel = "MG", description = "Target daily dose in mg (required).")
    BigDecimal targetMgDay;

    @Mixin
    FromRegimenOption current;

    @Mixin
    PlanFlow flow;

    @Override
    public Integer call() {
        return flow.run(() -> {
            Milligrams target = CliFields.positiveMg("--target-mg-day", targetMgDay, "the target daily dose in mg");
            return (service, c, options) -> {
                Optional<Milligrams> now = current.currentOn(
                        options.startDate().orElse(LocalDate.now(cli.clock().withZone(c.zone()))), c.zone(),
                        cli.knowledge());
                return service.plan(new TitrationRequest(c, target, now, options));
            };
        });
    }

}
