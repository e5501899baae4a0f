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
        System.exit(BacloCli.run(args));
    }

}
