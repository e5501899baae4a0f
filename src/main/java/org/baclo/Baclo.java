package org.baclo;

import java.util.Arrays;
import org.baclo.cli.BacloCli;

/**
 * Entry point of {@code baclo.jar}: {@code serve} (or no argument) starts the web
 * application ({@code serve --demo} loads demo data); every other argument list is the
 * command-line tool, which runs without starting Spring so that it starts fast.
 */
public final class Baclo {

    private Baclo() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || "serve".equals(args[0])) {
            String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
            BacloApplication.start(
                    Arrays.stream(rest).map(a -> "--demo".equals(a) ? "--baclo.demo=true" : a).toArray(String[]::new));
            return;
        }
        if ("demo".equals(args[0])) {
            // starts the application without its web server: not part of the Spring-free
            // CLI
            System.exit(org.baclo.demo.DemoCommand.run(Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        if ("export".equals(args[0])) {
            quietLibraryLogs();
        }
        System.exit(BacloCli.run(args));
    }

    /**
     * The command-line tool prints its results on standard output: libraries (HAPI FHIR
     * for {@code export fhir}) must not write their informational logs there. Without a
     * logging configuration Logback would log at DEBUG to the console; the CLI keeps
     * warnings and errors only. Only {@code export} uses such libraries: the other
     * commands do not start the logging system at all (it searches every jar of the class
     * path, a tenth of a second of start-up).
     */
    private static void quietLibraryLogs() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

}
