package org.baclo.cli;

import picocli.CommandLine.Command;

/** {@code baclo plan titrate|taper}: oral dose plans, checked. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plan an oral baclofen titration or taper, with product amounts, dispense totals and safety"
                + " findings. Exit code 0: no CRITICAL finding; 3: a CRITICAL finding; 2: bad input.",
        subcommands = { TitrateCommand.class, TaperCommand.class, MaintainCommand.class })
final class PlanCommand {

}
