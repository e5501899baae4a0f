package org.baclo.cli;

import java.io.PrintWriter;
import java.util.List;
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
        footer = { "", "Run 'baclo serve' (or no command) to start the web application." })
public final class BacloCli {

    /**
     * The subcommands, in the order of the help. They are added by
     * {@link #commandLine(CliContext, String...)}, not listed in the annotation, so that
     * a run builds only the command model it uses (picocli reads every option of every
     * listed command when the command line is built: a tenth of a second of start-up).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(InfoCommand.class, PlanCommand.class, CheckCommand.class,
            CrclCommand.class, SimulateCommand.class, FollowupCommand.class, PumpCommand.class, ExportCommand.class);

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
        return commandLine(context, new String[0]);
    }

    /**
     * The command line for these arguments: when the first one names a subcommand, only
     * that subcommand is built (the run cannot reach the others, and what it prints is
     * the same); otherwise (help, version, a mistyped command) all of them.
     */
    static CommandLine commandLine(CliContext context, String... arguments) {
        CliFactory factory = new CliFactory(context);
        CommandLine cl = new CommandLine(new BacloCli(), factory);
        Class<?> only = arguments.length == 0 ? null
                : SUBCOMMANDS.stream()
                    .filter(c -> c.getAnnotation(Command.class).name().equals(arguments[0]))
                    .findFirst()
                    .orElse(null);
        for (Class<?> sub : SUBCOMMANDS) {
            if (only == null || only == sub) {
                cl.addSubcommand(new CommandLine(sub, factory));
            }
        }
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
        return commandLine(CliContext.system(), args).execute(args);
    }

}
