package org.baclo.pumpclinic;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baclo.app.FieldProblem;
import org.baclo.pump.FlexPeriod;
import org.baclo.pump.Prescription;
import org.baclo.units.McgPerDay;
import org.baclo.units.McgPerHour;
import org.baclo.units.McgPerMl;

/**
 * The programme of a prescription as typed (continuous daily dose, or flexed periods)
 * checked field by field and turned into the core's {@link Prescription}; and stored
 * prescriptions back into the core's.
 */
final class Programmes {

    static final int MAX_PERIODS = 24;

    private static final BigDecimal MAX_MCG_PER_HOUR = new BigDecimal("10000");

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)");

    private static final Pattern CORE_PERIOD = Pattern.compile("^flexed\\[(\\d+)]: (.*)$", Pattern.DOTALL);

    private Programmes() {
    }

    /**
     * A checked programme: the daily dose (the periods' sum when flexed) and the periods.
     */
    record Programme(BigDecimal doseMcgDay, List<PeriodRow> periods) {
    }

    /**
     * Checks a programme: {@code mode} continuous (default; {@code dose} in mcg/day
     * required, named {@code doseField}) or flexed ({@code periods} required, contiguous
     * round the day, covering 24 h, each rate above 0). Empty (with problems) when bad.
     */
    static Optional<Programme> check(String mode, BigDecimal dose, String doseField, List<PeriodForm> periods,
            List<FieldProblem> problems) {
        String m = mode == null || mode.isBlank() ? PrescriptionRow.CONTINUOUS : mode.trim().toLowerCase(Locale.ROOT);
        List<PeriodForm> given = periods == null ? List.of() : periods;
        if (m.equals(PrescriptionRow.CONTINUOUS)) {
            if (!given.isEmpty()) {
                problems.add(new FieldProblem("periods",
                        "only for mode flexed; a continuous prescription has one" + " daily dose (" + doseField + ")"));
            }
            BigDecimal d = Fields.number(dose, doseField, BigDecimal.ZERO, PumpService.MAX_MCG, "mcg/day", problems);
            return d == null || !given.isEmpty() ? Optional.empty() : Optional.of(new Programme(d, List.of()));
        }
        if (!m.equals(PrescriptionRow.FLEXED)) {
            problems.add(new FieldProblem("mode", "allowed: continuous or flexed"));
            return Optional.empty();
        }
        if (dose != null) {
            problems.add(new FieldProblem(doseField,
                    "leave it out for mode flexed: the daily dose is the sum of the" + " periods"));
        }
        if (given.size() < 2 || given.size() > MAX_PERIODS) {
            problems.add(new FieldProblem("periods",
                    "give from 2 to " + MAX_PERIODS + " periods that follow each other round the 24 hours of the day"));
            return Optional.empty();
        }
        int before = problems.size();
        List<FlexPeriod> flex = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            PeriodForm p = given.get(i);
            String at = "periods[" + i + "].";
            LocalTime start = time(p == null ? null : p.start(), at + "start", problems);
            LocalTime end = time(p == null ? null : p.end(), at + "end", problems);
            BigDecimal rate = Fields.number(p == null ? null : p.mcgPerHour(), at + "mcgPerHour", BigDecimal.ZERO,
                    MAX_MCG_PER_HOUR, "mcg/h", problems);
            if (start != null && end != null && start.equals(end)) {
                problems.add(new FieldProblem(at + "end", "must differ from the start"));
            }
            else if (start != null && end != null && rate != null) {
                flex.add(new FlexPeriod(start, end, new McgPerHour(rate)));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Prescription rx;
        try {
            // the concentration does not matter for the checks of the periods
            rx = new Prescription(new McgPerMl(BigDecimal.ONE), Optional.empty(), flex);
        }
        catch (IllegalArgumentException e) {
            Matcher x = CORE_PERIOD.matcher(e.getMessage());
            problems.add(x.matches() ? new FieldProblem("periods[" + x.group(1) + "].end", x.group(2))
                    : new FieldProblem("periods", e.getMessage().replaceFirst("^(flexed|dose): ", "")));
            return Optional.empty();
        }
        BigDecimal sum = rx.dailyDose().value();
        if (sum.compareTo(PumpService.MAX_MCG) > 0) {
            problems.add(new FieldProblem("periods", "the periods sum to " + sum.toPlainString()
                    + " mcg/day, more than " + PumpService.MAX_MCG.toPlainString()));
            return Optional.empty();
        }
        List<PeriodRow> rows = flex.stream().map(f -> new PeriodRow(f.start(), f.end(), f.rate().value())).toList();
        return Optional.of(new Programme(sum, rows));
    }

    /** The core prescription of a stored one (flexed periods summed by the core). */
    static Prescription prescription(BigDecimal concentration, BigDecimal dose, List<PeriodRow> periods) {
        McgPerMl c = new McgPerMl(concentration);
        if (periods.isEmpty()) {
            return Prescription.continuous(c, new McgPerDay(dose));
        }
        return new Prescription(c, Optional.empty(),
                periods.stream().map(p -> new FlexPeriod(p.start(), p.end(), new McgPerHour(p.mcgPerHour()))).toList());
    }

    static Prescription prescription(PrescriptionRow r) {
        return prescription(r.concentrationMcgMl(), r.doseMcgDay(), r.periods());
    }

    private static LocalTime time(String v, String field, List<FieldProblem> problems) {
        if (v == null || v.isBlank()) {
            problems.add(new FieldProblem(field, "is required (HH:MM)"));
            return null;
        }
        Matcher m = TIME.matcher(v.trim());
        if (!m.matches() || m.group(1).equals("24") && !m.group(2).equals("00")) {
            problems.add(new FieldProblem(field, "enter a time of day as HH:MM, e.g. 06:30"));
            return null;
        }
        try {
            return m.group(1).equals("24") ? LocalTime.MIDNIGHT : LocalTime.parse(v.trim());
        }
        catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "enter a time of day as HH:MM, e.g. 06:30"));
            return null;
        }
    }

}
