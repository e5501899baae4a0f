package org.baclo.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baclo.knowledge.PumpStart;
import org.baclo.pump.Screening;
import org.baclo.report.Notice;
import org.baclo.report.PumpDocument;
import org.baclo.units.Micrograms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baclo pump screening}: the intrathecal screening trial (BACLOFEN.md §10) — the
 * boluses given so far, in order, and their responses → candidate (with the suggested
 * starting pump dose), not a candidate, or the next bolus.
 */
@Command(name = "screening", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate an intrathecal screening trial (boluses of 50, 75 and 100 mcg, in order).")
final class PumpScreeningCommand implements Callable<Integer> {

    static final Pattern BOLUS = Pattern
        .compile("(\\d{1,4}(?:\\.\\d{1,2})?):(none|positive)(?::(?:(\\d{1,2})h)?(?:(\\d{1,4})m)?)?");

    private final CliContext cli;

    PumpScreeningCommand(CliContext cli) {
        this.cli = cli;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--bolus-mcg", paramLabel = "DOSE:none|positive[:DURATION]",
            description = "A bolus given, in order (repeatable): its dose in mcg, then none (no adequate response) or"
                    + " positive, and for a positive one how long the effect lasted (e.g. 6h, 10h30m, 90m)."
                    + " Example: --bolus-mcg 50:none --bolus-mcg 75:positive:6h")
    List<String> boluses = new ArrayList<>();

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        List<Screening.Bolus> given = new ArrayList<>();
        for (int i = 0; i < boluses.size(); i++) {
            given.add(parse(boluses.get(i), i));
        }
        Screening.Outcome o;
        try {
            o = new Screening(cli.knowledge()).evaluate(given);
        }
        catch (IllegalArgumentException e) {
            throw new BadInputException(
                    "--bolus-mcg: " + e.getMessage().replaceFirst("^boluses(\\[\\d+])?(\\.dose)?: ", ""));
        }
        PumpStart start = cli.knowledge().intrathecal().pumpStart();
        PumpDocument.ScreeningDoc doc = PumpDocument.screening(given, o, start);
        PrintWriter out = spec.commandLine().getOut();
        if (format.value == OutputFormat.json) {
            out.println(Json.write(doc));
        }
        else {
            for (PumpDocument.BolusDoc b : doc.boluses()) {
                out.printf("Bolus %s mcg: %s%s%n", b.doseMcg().toPlainString(),
                        b.response().equals("none") ? "no adequate response" : "adequate response",
                        b.effectHours() == null ? "" : " (effect " + b.effectHours().toPlainString() + " h)");
            }
            out.printf("Verdict: %s%n", doc.verdict());
            out.println(doc.explanation());
            if (doc.suggestedStartMcgDay() != null) {
                out.printf("Suggested starting pump dose: %s mcg/day%n  Rule: %s%n  Source: %s (%s)%n",
                        doc.suggestedStartMcgDay().toPlainString(), doc.rule(), doc.source(), doc.confidence());
            }
            out.println();
            out.println(Notice.TEXT);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** One {@code DOSE:none|positive[:DURATION]} value; exit 2 naming the option. */
    static Screening.Bolus parse(String value, int index) {
        Matcher m = BOLUS.matcher(value.trim());
        if (!m.matches() || value.trim().endsWith(":")) {
            throw new BadInputException("--bolus-mcg: '" + value + "' (bolus " + (index + 1) + ") is not"
                    + " DOSE:none or DOSE:positive[:DURATION]; e.g. 50:none, 75:positive:6h, 100:positive:10h30m");
        }
        boolean positive = m.group(2).equals("positive");
        boolean hasDuration = m.group(3) != null || m.group(4) != null;
        if (!positive && hasDuration) {
            throw new BadInputException("--bolus-mcg: '" + value + "': a duration only goes with a positive response");
        }
        Optional<Duration> effect = Optional.empty();
        if (hasDuration) {
            Duration d = Duration.ofHours(m.group(3) == null ? 0 : Long.parseLong(m.group(3)))
                .plusMinutes(m.group(4) == null ? 0 : Long.parseLong(m.group(4)));
            if (d.isZero() || d.compareTo(Duration.ofHours(72)) > 0) {
                throw new BadInputException(
                        "--bolus-mcg: '" + value + "': the effect's duration must be above 0 and" + " at most 72h");
            }
            effect = Optional.of(d);
        }
        BigDecimal dose = new BigDecimal(m.group(1));
        if (dose.signum() <= 0) {
            throw new BadInputException("--bolus-mcg: '" + value + "': the dose must be above 0 mcg");
        }
        return new Screening.Bolus(new Micrograms(dose), positive, effect);
    }

}
