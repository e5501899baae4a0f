package org.baclo.cli;

import java.io.PrintWriter;
import org.baclo.knowledge.KnowledgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool. Runs without Spring. Exit codes are in {@link ExitCode}: 0
 * success, 2 bad input, 3 a CRITICAL finding, 1 an internal error.
 */
@Command(name = "baclo", mixinStandardHelpOptions = true, version = "Baclo 0.1.0",
        description = { "Safe baclofen therapy: knowledge, planning, checking and simulation.",
                "Baclo supports, and does not replace, a clinician's judgement." },
        subcommands = { InfoCommand.class, PlanCommand.class, CheckCommand.class, CrclCommand.class,
                SimulateCommand.class, FollowupCommand.class, PumpCommand.class, ExportCommand.class },
        footer = { "", "Run 'baclo serve' (or no command) to start the web application." })
public final class BacloCli {

    private BacloCli() {
    }

    /**
     * Builds the command line with Baclo's error handling, the shipped knowledge and the
     * system clock (the CLI's composition root); visible for tests.
     */
    public static CommandLine commandLine() {
        return commandLine(CliContext.system());
    }

    /**
     * The command line whose commands get the given knowledge and clock (through
     * {@link CliFactory}).
     */
    static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new BacloCli(), new CliFactory(context));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("baclo: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof BadInputException) {
                err.println("baclo: " + ex.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof KnowledgeException) {
                err.println("baclo: " + ex.getMessage());
                return ExitCode.INTERNAL;
            }
            err.println("baclo: internal error: " + ex);
            return ExitCode.INTERNAL;
        });
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

}
