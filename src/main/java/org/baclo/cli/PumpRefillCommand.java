package org.baclo.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.PumpModel;
import org.baclo.knowledge.Severity;
import org.baclo.pump.Fill;
import org.baclo.pump.Prescription;
import org.baclo.pump.PumpRules;
import org.baclo.pump.RefillSchedule;
import org.baclo.report.Notice;
import org.baclo.report.PumpDocument;
import org.baclo.safety.Finding;
import org.baclo.units.McgPerDay;
import org.baclo.units.McgPerMl;
import org.baclo.units.Millilitres;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baclo pump refill}: daily volume, alarm, empty, stability-limit and refill-due
 * dates of a fill.
 */
@Command(name = "refill", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Dates of a pump fill: low-reservoir alarm, empty, stability limit and refill due.")
final class PumpRefillCommand implements Callable<Integer> {

    private final CliContext cli;

    PumpRefillCommand(CliContext cli) {
        this.cli = cli;
    }

    static final BigDecimal MAX_ML = new BigDecimal("100");
    static final BigDecimal MAX_CONCENTRATION = new BigDecimal("100000");
    static final BigDecimal MAX_DOSE = new BigDecimal("100000");

    @Spec
    CommandSpec spec;

    @Option(names = "--reservoir-ml", paramLabel = "R", required = true, description = "Reservoir size (mL).")
    BigDecimal reservoirMl;

    @Option(names = "--volume-ml", paramLabel = "V", required = true, description = "Volume filled (mL).")
    BigDecimal volumeMl;

    @Option(names = "--concentration-mcg-ml", paramLabel = "C", required = true,
            description = "Concentration (mcg/mL), e.g. 500.")
    BigDecimal concentration;

    @Option(names = "--dose-mcg-day", paramLabel = "D", required = true, description = "Daily dose (mcg/day).")
    BigDecimal doseMcgDay;

    @Option(names = "--filled", paramLabel = "YYYY-MM-DD", required = true, description = "Date of the fill.")
    String filled;

    @Option(names = "--alarm-ml", paramLabel = "A",
            description = "Low-reservoir alarm volume (mL; default: the" + " pump model's, 2 mL).")
    BigDecimal alarmMl;

    @Option(names = "--buffer-days", paramLabel = "B",
            description = "Clinic buffer before the alarm date (days;" + " default 7).")
    Integer bufferDays;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Knowledge k = cli.knowledge();
        PumpRules rules = new PumpRules(k);
        LocalDate date = date();
        positive("--reservoir-ml", reservoirMl, MAX_ML, "mL");
        positive("--volume-ml", volumeMl, MAX_ML, "mL");
        positive("--dose-mcg-day", doseMcgDay, MAX_DOSE, "mcg/day");
        positive("--concentration-mcg-ml", concentration, MAX_CONCENTRATION, "mcg/mL");
        if (rules.looksLikeMgPerMl(concentration)) {
            throw new BadInputException(
                    "--concentration-mcg-ml: " + concentration.toPlainString() + " looks like mg/mL;" + " did you mean "
                            + concentration.multiply(BigDecimal.valueOf(1000)).stripTrailingZeros().toPlainString()
                            + " mcg/mL? Intrathecal concentrations are in mcg/mL");
        }
        if (volumeMl.compareTo(reservoirMl) > 0) {
            throw new BadInputException("--volume-ml: " + volumeMl.toPlainString() + " mL is more than the reservoir"
                    + " holds (--reservoir-ml " + reservoirMl.toPlainString() + ")");
        }
        Millilitres alarm = alarmMl == null
                ? k.intrathecal().pumps().stream().findFirst().map(PumpModel::alarmVolume).orElseThrow()
                : new Millilitres(alarmMl);
        if (alarmMl != null && (alarmMl.signum() < 0 || alarmMl.compareTo(reservoirMl) >= 0)) {
            throw new BadInputException(
                    "--alarm-ml: must be from 0 to below the reservoir (" + reservoirMl.toPlainString() + " mL)");
        }
        if (bufferDays != null && (bufferDays < 0 || bufferDays > 90)) {
            throw new BadInputException("--buffer-days: must be from 0 to 90");
        }
        Fill fill = new Fill(date.atStartOfDay(), new Millilitres(volumeMl), new Millilitres(reservoirMl), alarm,
                Prescription.continuous(new McgPerMl(concentration), new McgPerDay(doseMcgDay)));
        RefillSchedule s = rules.schedule(fill, Optional.ofNullable(bufferDays).map(Duration::ofDays));
        PrintWriter out = spec.commandLine().getOut();
        if (format.value == OutputFormat.json) {
            out.println(Json.write(PumpDocument.refill(s)));
        }
        else {
            out.printf("%-21s%s%n", "Daily volume:", s.dailyVolume().format(3));
            out.printf("%-21s%s (at %s)%n", "Low-reservoir alarm:", s.alarmDate(), alarm.format(1));
            out.printf("%-21s%s%n", "Empty:", s.emptyDate());
            out.printf("%-21s%s%n", "Stability limit:", s.stabilityLimitDate());
            out.printf("%-21s%s%n", "Refill due:", s.refillDueDate());
            printFindings(s.findings(), out);
        }
        out.flush();
        return exit(s.findings());
    }

    private LocalDate date() {
        try {
            return LocalDate.parse(filled);
        }
        catch (DateTimeParseException e) {
            throw new BadInputException("--filled: '" + filled + "' is not a date; use YYYY-MM-DD");
        }
    }

    static void positive(String option, BigDecimal v, BigDecimal max, String unit) {
        if (v.signum() <= 0) {
            throw new BadInputException(option + ": must be above 0 " + unit + "; got " + v.toPlainString());
        }
        if (v.compareTo(max) > 0) {
            throw new BadInputException(option + ": at most " + max.toPlainString() + " " + unit);
        }
    }

    static void printFindings(java.util.List<Finding> findings, PrintWriter out) {
        out.println();
        if (findings.isEmpty()) {
            out.println("No findings.");
        }
        for (Finding f : findings) {
            out.printf("%s %s: %s%n  Why: %s%n  Source: %s (%s)%n", f.severity(), f.code(), f.message(), f.rationale(),
                    f.sourceText(), f.confidence());
        }
        out.println();
        out.println(Notice.TEXT);
    }

    static int exit(java.util.List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.CRITICAL) ? ExitCode.CRITICAL_FINDING
                : ExitCode.OK;
    }

}
