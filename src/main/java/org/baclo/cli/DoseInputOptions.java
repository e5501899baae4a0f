package org.baclo.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The doses {@code baclo simulate} takes, one way only: a single dose, a plan file, or a
 * regular regimen ({@code --dose-mg} with {@code --every-h}). Picocli refuses two of them
 * with a usage error (exit 2).
 */
final class DoseInputOptions {

    @Option(names = "--single-dose-mg", paramLabel = "D", description = "One dose of D mg at time 0.")
    BigDecimal singleDoseMg;

    @Option(names = "--regimen", paramLabel = "PLAN.json", description = "A plan written by 'baclo plan … --out'.")
    Path regimen;

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    Regular regular;

    /** A regular regimen; {@code --days} (outside the group) gives its length. */
    static final class Regular {

        @Option(names = "--dose-mg", paramLabel = "D", description = "A regular regimen: D mg per dose …")
        BigDecimal doseMg;

        @Option(names = "--every-h", paramLabel = "H", description = "… every H hours …")
        BigDecimal everyH;

    }

}
