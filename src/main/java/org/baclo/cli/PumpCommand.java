package org.baclo.cli;

import picocli.CommandLine.Command;

/**
 * {@code baclo pump refill|check-dose|screening}: intrathecal pump arithmetic and
 * dose-change checks (mcg, never mg).
 */
@Command(name = "pump", mixinStandardHelpOptions = true,
        description = "Intrathecal baclofen pumps: refill dates, dose-change checks and the screening trial (mcg and mcg/mL).",
        subcommands = { PumpRefillCommand.class, PumpCheckDoseCommand.class, PumpScreeningCommand.class })
final class PumpCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "give a subcommand: refill, check-dose or screening");
    }

}
