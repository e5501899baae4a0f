package org.baclo.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.baclo.pump.Origin;
import org.baclo.pump.PumpRules;
import org.baclo.report.PumpDocument;
import org.baclo.safety.Finding;
import org.baclo.units.McgPerDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baclo pump check-dose}: a proposed intrathecal dose against the titration limits
 * (BACLOFEN.md §10).
 */
@Command(name = "check-dose", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check a proposed intrathecal daily dose against the label's titration limits.")
final class PumpCheckDoseCommand implements Callable<Integer> {

    private final CliContext cli;

    PumpCheckDoseCommand(CliContext cli) {
        this.cli = cli;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--current-mcg-day", paramLabel = "X", required = true, description = "Current dose (mcg/day).")
    BigDecimal current;

    @Option(names = "--proposed-mcg-day", paramLabel = "Y", required = true, description = "Proposed dose (mcg/day).")
    BigDecimal proposed;

    @Option(names = "--origin", paramLabel = "spinal|cerebral", required = true,
            description = "Origin of the spasticity.", converter = OriginConverter.class)
    Origin origin;

    @Option(names = "--at-refill", description = "The change is made at a refill (larger steps allowed).")
    boolean atRefill;

    @Option(names = "--reason", paramLabel = "side-effects",
            description = "side-effects: a decrease for side" + " effects.")
    String reason;

    @Option(names = "--med", paramLabel = "NAME",
            description = "Co-medication (repeatable), e.g. 'epidural" + " morphine'.")
    List<String> meds = new ArrayList<>();

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        PumpRules rules = new PumpRules(cli.knowledge());
        PumpRefillCommand.positive("--current-mcg-day", current, PumpRefillCommand.MAX_DOSE, "mcg/day");
        PumpRefillCommand.positive("--proposed-mcg-day", proposed, PumpRefillCommand.MAX_DOSE, "mcg/day");
        if (reason != null && !reason.equals("side-effects")) {
            throw new BadInputException("--reason: '" + reason + "' is not known; allowed: side-effects");
        }
        if (reason != null && proposed.compareTo(current) >= 0) {
            throw new BadInputException("--reason side-effects: the proposed dose must be lower than the current one");
        }
        List<Finding> findings = new ArrayList<>(
                rules.doseChange(new McgPerDay(current), new McgPerDay(proposed), origin, atRefill));
        findings.addAll(rules.medications(meds));
        PrintWriter out = spec.commandLine().getOut();
        if (format.value == OutputFormat.json) {
            out.println(Json.write(PumpDocument.doseCheck(findings)));
        }
        else {
            out.printf("Proposed %s mcg/day (current %s mcg/day, %s origin%s)%n", proposed.toPlainString(),
                    current.toPlainString(), origin.id(), atRefill ? ", at a refill" : "");
            PumpRefillCommand.printFindings(findings, out);
        }
        out.flush();
        return PumpRefillCommand.exit(findings);
    }

    /** spinal|cerebral, case-insensitive. */
    static final class OriginConverter implements picocli.CommandLine.ITypeConverter<Origin> {

        @Override
        public Origin convert(String value) {
            for (Origin o : Origin.values()) {
                if (o.id().equalsIgnoreCase(value.trim())) {
                    return o;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not an origin; use spinal or" + " cerebral");
        }

    }

}
