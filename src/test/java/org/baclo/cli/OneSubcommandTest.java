package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue 15.5: a run builds the picocli model of the subcommand it names only
 * ({@code BacloCli.run}); what it prints and its exit code are those of the whole command
 * line, for results, help and mistakes alike.
 */
class OneSubcommandTest {

    private static final CliContext CONTEXT = CliContext.system();

    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return exit + "\n--- out\n" + out + "--- err\n" + err;
    }

    @Test
    void a_run_with_one_subcommand_built_prints_what_the_whole_command_line_prints() {
        List<String[]> cases = List.of(new String[] { "info", "faq" }, new String[] { "info", "--list" },
                new String[] { "info", "no-such-topic" },
                new String[] { "plan", "titrate", "--age", "45", "--sex", "male", "--weight-kg", "80",
                        "--creatinine-mg-dl", "1.0", "--target-mg-day", "60" },
                new String[] { "plan", "titrate", "--age", "45", "--target-mg-day", "many" },
                new String[] { "plan", "--help" }, new String[] { "plan", "titrate", "--help" },
                new String[] { "crcl", "--age", "72", "--sex", "female", "--weight-kg", "60", "--creatinine-umol-l",
                        "124" },
                new String[] { "pump", "check-dose", "--current-mcg-day", "400", "--proposed-mcg-day", "560",
                        "--origin", "spinal" },
                new String[] { "simulate", "--single-dose-mg", "10" }, new String[] { "--help" },
                new String[] { "--version" }, new String[] { "plna", "titrate" }, new String[0]);
        for (String[] args : cases) {
            String whole = run(BacloCli.commandLine(CONTEXT), args);
            String one = run(BacloCli.commandLine(CONTEXT, args), args);
            assertThat(one).as(String.join(" ", args)).isEqualTo(whole);
        }
    }

    @Test
    void only_the_named_subcommand_is_built() {
        assertThat(BacloCli.commandLine(CONTEXT, "info", "faq").getSubcommands()).containsOnlyKeys("info");
        assertThat(BacloCli.commandLine(CONTEXT, "--help").getSubcommands()).containsOnlyKeys("info", "plan", "check",
                "crcl", "simulate", "followup", "pump", "export");
    }

}
