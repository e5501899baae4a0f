package org.baclo.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.baclo.regimen.MaintainRequest;
import org.baclo.units.Milligrams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baclo plan maintain}: keep a daily dose, checked against the dose taken before.
 */
@Command(name = "maintain", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Plan a daily dose kept for some days; the change from the current dose is checked as a step.")
final class MaintainCommand implements Callable<Integer> {

    private final CliContext cli;

    MaintainCommand(CliContext cli) {
        this.cli = cli;
    }

    /** Days kept when --maintenance-days is not given. */
    private static final int DEFAULT_DAYS = 28;

    @Option(names = "--dose-mg-day", paramLabel = "MG", description = "Daily dose to keep (required).")
    BigDecimal doseMgDay;

    @Option(names = "--doses", paramLabel = "MG", split = ",",
            description = "The dose at each time, e.g. 5,5,10 (must add up to --dose-mg-day; default: split"
                    + " evenly, else the larger doses later).")
    List<BigDecimal> doses = new ArrayList<>();

    @Mixin
    FromRegimenOption current;

    @Mixin
    PlanFlow flow;

    @Override
    public Integer call() {
        return flow.run(() -> {
            Milligrams dose = CliFields.positiveMg("--dose-mg-day", doseMgDay, "the daily dose to keep in mg");
            List<Milligrams> each = new ArrayList<>();
            for (BigDecimal d : doses) {
                each.add(CliFields.positiveMg("--doses", d, "each dose in mg"));
            }
            return (service, c, options) -> {
                LocalDate first = options.startDate().orElse(LocalDate.now(cli.clock().withZone(c.zone())));
                return service.plan(new MaintainRequest(c, dose, current.currentOn(first, c.zone(), cli.knowledge()),
                        each, options.maintenanceDays().orElse(DEFAULT_DAYS), options));
            };
        });
    }

}
