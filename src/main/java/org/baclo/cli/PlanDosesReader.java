package org.baclo.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.OralDosing;
import org.baclo.pk.DoseEvent;
import org.baclo.pk.DoseHistory;
import org.baclo.units.Kilograms;
import org.baclo.units.Milligrams;
import org.baclo.units.MlPerMin;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the doses of a plan written by {@code baclo plan … --out}, or written by hand: only {@code steps[]}
 * ({@code startDate}, {@code endDate}, {@code dailyMg}, {@code doses[].time}, {@code doses[].mg}), the optional
 * {@code timeZone} (default UTC) and {@code frequency}, and the patient context ({@code crclMlPerMin},
 * {@code weightKg}, at the top level or under {@code context} or {@code patient}). Every other field is ignored,
 * so the reader does not depend on the planner's classes. Errors name the field, e.g.
 * {@code steps[1].doses[0].time}.
 *
 * <p>Defaults for hand-written plans, as the planner's reader documents them: a missing {@code endDate} is the
 * day before the next step starts, and a last step without one lasts one day; a step without {@code doses}
 * splits {@code dailyMg} evenly at the default dose times of the plan's {@code frequency} (else the number of
 * doses of a step that lists them, else the label's start frequency), from {@code dosing.yaml}.
 *
 * <p>Each dose is taken at its wall-clock time on every date of its step, in the plan's time zone (a time that
 * falls in a daylight-saving gap moves forward by the gap). Time 0 of the simulation is 00:00 of the first
 * step's start date; the plan ends at the end of the last step's last day.
 */
final class PlanDosesReader {

    /** A plan's doses and context. {@code length} runs from time 0 to the end of the last step's last day. */
    record PlanDoses(DoseHistory history, Duration length, ZoneId zone, LocalDate firstDate, LocalDate lastDate,
            Optional<MlPerMin> crcl, Optional<Kilograms> weight, int steps) {
    }

    private final Path file;
    private final OralDosing dosing;

    private PlanDosesReader(Path file, OralDosing dosing) {
        this.file = file;
        this.dosing = dosing;
    }

    /** Reads {@code file}; {@code dosing} gives the default dose times of steps without doses. */
    static PlanDoses read(Path file, OralDosing dosing) {
        return new PlanDosesReader(file, dosing).read();
    }

    private record Dose(LocalTime time, Milligrams mg) {
    }

    /** One step as written: dates and doses may be absent. */
    private record Step(String at, LocalDate start, Optional<LocalDate> end, Optional<BigDecimal> dailyMg,
            Optional<List<Dose>> doses) {
    }

    private PlanDoses read() {
        JsonNode root = parse();
        ZoneId zone = zone(root);
        JsonNode steps = root.get("steps");
        if (steps == null || steps.isNull()) {
            throw bad("steps", "is missing: a plan lists its steps with dates and doses");
        }
        if (!steps.isArray() || steps.isEmpty()) {
            throw bad("steps", "must be a non-empty list");
        }
        List<Step> written = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            written.add(step(steps.get(i), "steps[" + i + "]"));
        }
        List<LocalTime> defaultTimes = defaultTimes(root, written);
        List<DoseEvent> events = new ArrayList<>();
        LocalDate previousEnd = null;
        for (int i = 0; i < written.size(); i++) {
            Step step = written.get(i);
            LocalDate end = step.end.orElse(i + 1 < written.size() ? written.get(i + 1).start.minusDays(1)
                    : step.start);
            if (end.isBefore(step.start)) {
                throw bad(step.at + (step.end.isPresent() ? ".endDate" : ".startDate"), "the step ends ("
                        + end + ") before it starts (" + step.start + ")");
            }
            if (previousEnd != null && !step.start.isAfter(previousEnd)) {
                throw bad(step.at + ".startDate", step.start + " is not after the end of the previous step ("
                        + previousEnd + ")");
            }
            List<Dose> doses = step.doses.orElseGet(() -> split(step, defaultTimes));
            for (LocalDate d = step.start; !d.isAfter(end); d = d.plusDays(1)) {
                for (Dose dose : doses) {
                    events.add(DoseEvent.taken(d.atTime(dose.time).atZone(zone).toInstant(), dose.mg));
                }
            }
            previousEnd = end;
        }
        LocalDate first = written.get(0).start;
        Instant start = first.atStartOfDay(zone).toInstant();
        Duration length = Duration.between(start, previousEnd.plusDays(1).atStartOfDay(zone).toInstant());
        return new PlanDoses(new DoseHistory(start, events), length, zone, first, previousEnd, crcl(root),
                weight(root), written.size());
    }

    private Step step(JsonNode step, String at) {
        if (!step.isObject()) {
            throw bad(at, "must be an object with startDate, endDate and doses");
        }
        LocalDate start = date(step, at + ".startDate", true).orElseThrow();
        Optional<LocalDate> end = date(step, at + ".endDate", false);
        Optional<BigDecimal> daily = number(step.get("dailyMg"), at + ".dailyMg");
        if (daily.isPresent() && daily.get().signum() < 0) {
            throw bad(at + ".dailyMg", "must not be negative; got " + daily.get().toPlainString());
        }
        Optional<List<Dose>> doses = doses(step, at);
        if (doses.isEmpty() && daily.isEmpty()) {
            throw bad(at + ".doses", "is missing: give the doses of the step, or its dailyMg");
        }
        return new Step(at, start, end, daily, doses);
    }

    /** Default dose times for steps without doses: frequency field, else a step's dose count, else the label's. */
    private List<LocalTime> defaultTimes(JsonNode root, List<Step> steps) {
        Frequency f;
        JsonNode given = root.get("frequency");
        if (given != null && !given.isNull()) {
            try {
                f = Frequency.parse(given.asString());
            } catch (IllegalArgumentException e) {
                throw bad("frequency", "'" + given.asString() + "' is not one of BID, TID, QID");
            }
        } else {
            f = steps.stream().flatMap(s -> s.doses.stream()).filter(d -> !d.isEmpty()).findFirst()
                    .map(d -> frequencyOf(d.size())).orElse(dosing.startFrequency());
        }
        return switch (f) {
            case BID -> dosing.bidDoseTimes();
            case TID -> dosing.defaultDoseTimes();
            case QID -> dosing.qidDoseTimes();
            case QD -> List.of();
        };
    }

    private static Frequency frequencyOf(int dosesPerDay) {
        for (Frequency f : Frequency.values()) {
            if (f.dosesPerDay() == dosesPerDay) {
                return f;
            }
        }
        return Frequency.TID;
    }

    private static List<LocalTime> concat(List<LocalTime> times, LocalTime extra) {
        List<LocalTime> all = new ArrayList<>(times);
        all.add(extra);
        return all;
    }

    private List<Dose> split(Step step, List<LocalTime> times) {
        BigDecimal daily = step.dailyMg.orElseThrow();
        if (daily.signum() == 0) {
            return List.of();
        }
        if (times.isEmpty()) {
            throw bad(step.at + ".doses", "is missing, and the plan's frequency has no default dose times; list"
                    + " the doses");
        }
        Milligrams each = new Milligrams(daily).dividedBy(times.size());
        return times.stream().map(t -> new Dose(t, each)).toList();
    }

    private Optional<List<Dose>> doses(JsonNode step, String at) {
        JsonNode doses = step.get("doses");
        if (doses == null || doses.isNull()) {
            return Optional.empty();
        }
        if (!doses.isArray()) {
            throw bad(at + ".doses", "must be a list");
        }
        List<Dose> list = new ArrayList<>();
        for (int j = 0; j < doses.size(); j++) {
            String d = at + ".doses[" + j + "]";
            JsonNode dose = doses.get(j);
            if (!dose.isObject()) {
                throw bad(d, "must be an object with time and mg");
            }
            JsonNode time = dose.get("time");
            if (time == null || !time.isString()) {
                throw bad(d + ".time", "is missing: give the time of day as HH:mm, e.g. \"08:00\"");
            }
            LocalTime t;
            try {
                t = LocalTime.parse(time.stringValue());
            } catch (DateTimeException e) {
                throw bad(d + ".time", "'" + time.stringValue() + "' is not a time of day (HH:mm)");
            }
            BigDecimal mg = number(dose.get("mg"), d + ".mg").orElseThrow(() -> bad(d + ".mg",
                    "is missing: give the dose in mg"));
            if (mg.signum() < 0) {
                throw bad(d + ".mg", "must not be negative; got " + mg.toPlainString());
            }
            list.add(new Dose(t, new Milligrams(mg)));
        }
        return Optional.of(list);
    }

    private JsonNode parse() {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("Plan file " + file + " does not exist; write one with 'baclo plan … --out "
                    + file + "'.");
        }
        try {
            JsonNode root = Json.MAPPER.readTree(Files.readString(file));
            if (root == null || !root.isObject()) {
                throw new BadInputException(file + ": a plan must be a JSON object.");
            }
            return root;
        } catch (IOException | JacksonException e) {
            throw new BadInputException(file + ": not a readable JSON plan (" + firstLine(e.getMessage()) + ").");
        }
    }

    private ZoneId zone(JsonNode root) {
        JsonNode z = root.get("timeZone");
        if (z == null || z.isNull()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(z.asString());
        } catch (DateTimeException e) {
            throw bad("timeZone", "'" + z.asString() + "' is not a time zone (e.g. Europe/Paris or UTC)");
        }
    }

    private Optional<LocalDate> date(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field.substring(field.lastIndexOf('.') + 1));
        if (v == null || v.isNull()) {
            if (required) {
                throw bad(field, "is missing: give a date as YYYY-MM-DD");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.asString()));
        } catch (DateTimeException e) {
            throw bad(field, "'" + v.asString() + "' is not a date (YYYY-MM-DD)");
        }
    }

    private Optional<BigDecimal> number(JsonNode v, String field) {
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isNumber()) {
            return Optional.of(v.decimalValue());
        }
        if (v.isString()) {
            try {
                return Optional.of(new BigDecimal(v.stringValue().trim()));
            } catch (NumberFormatException e) {
                throw bad(field, "'" + v.stringValue() + "' is not a number");
            }
        }
        throw bad(field, "must be a number");
    }

    private Optional<MlPerMin> crcl(JsonNode root) {
        return context(root, "crclMlPerMin").map(f -> {
            BigDecimal v = number(f.node, f.name).orElseThrow();
            if (v.signum() < 0) {
                throw bad(f.name, "must not be negative; got " + v.toPlainString());
            }
            return new MlPerMin(v);
        });
    }

    private Optional<Kilograms> weight(JsonNode root) {
        return context(root, "weightKg").map(f -> {
            BigDecimal v = number(f.node, f.name).orElseThrow();
            if (v.signum() <= 0) {
                throw bad(f.name, "must be greater than 0; got " + v.toPlainString());
            }
            return new Kilograms(v);
        });
    }

    private record Field(String name, JsonNode node) {
    }

    private static Optional<Field> context(JsonNode root, String name) {
        for (String parent : new String[] {null, "context", "patient"}) {
            JsonNode holder = parent == null ? root : root.get(parent);
            if (holder != null && holder.isObject()) {
                JsonNode v = holder.get(name);
                if (v != null && !v.isNull()) {
                    return Optional.of(new Field(parent == null ? name : parent + "." + name, v));
                }
            }
        }
        return Optional.empty();
    }

    private BadInputException bad(String field, String problem) {
        return new BadInputException(file.getFileName() + ": " + field + " " + problem + ".");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
