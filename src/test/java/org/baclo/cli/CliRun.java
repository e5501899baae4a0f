package org.baclo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs the CLI in-process and captures its exit code, standard output and error output.
 */
record CliRun(int exit, String out, String err) {

    /**
     * One context for the test run: the shipped knowledge is loaded once, the clock is
     * the system's.
     */
    private static final CliContext CONTEXT = CliContext.system();

    static CliRun of(String... args) {
        return of(CONTEXT, args);
    }

    static CliRun of(CliContext context, String... args) {
        CommandLine cl = BacloCli.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
