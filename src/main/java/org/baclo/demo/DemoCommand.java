package org.baclo.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;
import org.baclo.security.PasswordPolicy;
import org.baclo.security.Passwords;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baclo demo generate}: fills the configured database (the same settings as
 * {@code baclo serve}: {@code --spring.datasource.url=…}, {@code BACLO_DB_URL} with the
 * {@code postgres} profile, or the default H2 file) with generated fictional data. Starts
 * the application without its web server, so the database is migrated first.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Demo data.",
        subcommands = DemoCommand.Generate.class)
public final class DemoCommand {

    /** Runs {@code baclo demo …}; the exit code (0, 2 bad input, 1 failure). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new DemoCommand());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("baclo: " + ex.getMessage());
            ex.getCommandLine()
                .getErr()
                .println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, r) -> {
            c.getErr().println("baclo: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            StackTraceElement[] at = ex.getStackTrace();
            if (at.length > 0 && !(ex instanceof java.sql.SQLException)) {
                c.getErr().println("  at " + at[0]); // where a generator bug is, for its
                                                     // report
            }
            return 1;
        });
        return cl.execute(args);
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {
                    "Writes fictional care teams, clinicians, patients with logins, plans (made by the planner),",
                    "diaries, alerts, pumps and refills into the configured database, in batches.",
                    "The same --seed and --until give the same rows. Database settings as for 'baclo serve',",
                    "e.g. --spring.datasource.url=jdbc:postgresql://… or BACLO_DB_URL with",
                    "--spring.profiles.active=postgres.",
                    "Logins: s<seed>-t<team>-c1/-c2 (clinicians), s<seed>-p<n> (patients), all with --password." })
    static final class Generate implements Callable<Integer> {

        @Option(names = "--patients", required = true, description = "Number of patients (1–1,000,000).")
        int patients;

        @Option(names = "--days", required = true, description = "Days of history, at most (1–3650).")
        int days;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--until", description = "Last day of the history (default: today, UTC).")
        LocalDate until;

        @Option(names = "--team-size", defaultValue = "250",
                description = "Patients per care team (default ${DEFAULT-VALUE}).")
        int teamSize;

        @Option(names = "--password",
                description = "Password of every generated login (default: a random one, printed).")
        String password;

        @CommandLine.Unmatched
        List<String> springArgs = new ArrayList<>();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            String bad = check();
            if (bad != null) {
                err.println("baclo: " + bad);
                return 2;
            }
            String pw = password != null ? password : Passwords.random();
            var problem = PasswordPolicy.problem("s" + seed + "-t1-c1", pw);
            if (problem.isPresent()) {
                err.println("baclo: --password: " + problem.get());
                return 2;
            }
            LocalDate end = until != null ? until : LocalDate.now(ZoneOffset.UTC);
            Knowledge knowledge = KnowledgeLoader.fromClasspath();
            try (ConfigurableApplicationContext ctx = start(knowledge)) {
                String hash = GeneratorBoot.passwordEncoder().encode(pw);
                DemoGenerator g = new DemoGenerator(ctx.getBean(DataSource.class), knowledge,
                        ctx.getBean(tools.jackson.databind.json.JsonMapper.class), end);
                DemoGenerator.Result r = g.run(new DemoGenerator.Settings(patients, days, seed, end, teamSize, hash),
                        System.err);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Generated %d patients in %d care teams: %d rows in %.1f s (%.0f rows/s).%n", r.patients(),
                        r.teams(), r.rows(), r.seconds(), r.rows() / Math.max(0.001, r.seconds()));
                out.println("Clinician logins: s" + seed + "-t1-c1 … s" + seed + "-t" + r.teams() + "-c2; patient"
                        + " logins: s" + seed + "-p1 … s" + seed + "-p" + patients
                        + (password == null ? "; password: " + pw : "; password: the one given with --password") + ".");
                out.flush();
            }
            return 0;
        }

        private String check() {
            if (patients < 1 || patients > 1_000_000) {
                return "--patients: give 1 to 1,000,000; got " + patients;
            }
            if (days < 1 || days > 3650) {
                return "--days: give 1 to 3650; got " + days;
            }
            if (teamSize < 1 || teamSize > 100_000) {
                return "--team-size: give 1 to 100,000; got " + teamSize;
            }
            for (String a : springArgs) {
                if (!a.startsWith("--spring.") && !a.startsWith("--baclo.") && !a.startsWith("--logging.")) {
                    return "unknown option '" + a + "'";
                }
            }
            return null;
        }

        private ConfigurableApplicationContext start(Knowledge knowledge) {
            SpringApplication app = new SpringApplication(GeneratorBoot.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setBannerMode(Banner.Mode.OFF);
            app.setDefaultProperties(Map.of("baclo.followup.schedule", "false", "baclo.security.bootstrap-admin",
                    "false", "logging.level.root", "WARN", "spring.main.log-startup-info", "false"));
            app.addInitializers(c -> c.getBeanFactory().registerSingleton("knowledge", knowledge));
            return app.run(springArgs.toArray(String[]::new));
        }

    }

}
