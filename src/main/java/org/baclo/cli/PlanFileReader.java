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
import org.baclo.pk.DoseEvent;
import org.baclo.pk.DoseHistory;
import org.baclo.units.Kilograms;
import org.baclo.units.Milligrams;
import org.baclo.units.MlPerMin;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the doses of a plan written by {@code baclo plan … --out}: only {@code steps[].startDate},
 * {@code steps[].endDate}, {@code steps[].doses[].time} and {@code steps[].doses[].mg}, plus the optional
 * {@code timeZone} (default UTC) and patient context ({@code crclMlPerMin}, {@code weightKg}, at the top level or
 * under {@code context} or {@code patient}). Every other field is ignored, so the reader does not depend on the
 * planner's classes. Errors name the field, e.g. {@code steps[1].doses[0].time}.
 *
 * <p>Each dose is taken at its wall-clock time on every date of its step, in the plan's time zone (a time that
 * falls in a daylight-saving gap moves forward by the gap). Time 0 of the simulation is 00:00 of the first
 * step's start date.
 */
final class PlanFileReader {

    /** A plan's doses and context. {@code length} runs to the end of the last step's end date, if it has one. */
    record PlanDoses(DoseHistory history, Optional<Duration> length, ZoneId zone, LocalDate firstDate,
            Optional<LocalDate> lastDate, Optional<MlPerMin> crcl, Optional<Kilograms> weight, int steps) {
    }

    private final Path file;

    private PlanFileReader(Path file) {
        this.file = file;
    }

    static PlanDoses read(Path file) {
        return new PlanFileReader(file).read();
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
        List<DoseEvent> events = new ArrayList<>();
        LocalDate first = null;
        LocalDate previousEnd = null;
        Optional<LocalDate> last = Optional.empty();
        for (int i = 0; i < steps.size(); i++) {
            String at = "steps[" + i + "]";
            JsonNode step = steps.get(i);
            if (!step.isObject()) {
                throw bad(at, "must be an object with startDate, endDate and doses");
            }
            LocalDate start = date(step, at + ".startDate", true).orElseThrow();
            Optional<LocalDate> end = date(step, at + ".endDate", false);
            if (end.isEmpty() && i < steps.size() - 1) {
                throw bad(at + ".endDate", "is missing; only the last step may be open-ended");
            }
            if (end.isPresent() && end.get().isBefore(start)) {
                throw bad(at + ".endDate", end.get() + " is before its startDate " + start);
            }
            if (previousEnd != null && !start.isAfter(previousEnd)) {
                throw bad(at + ".startDate", start + " is not after the end of the previous step (" + previousEnd
                        + ")");
            }
            if (first == null) {
                first = start;
            }
            List<Dose> doses = doses(step, at);
            LocalDate through = end.orElse(start.plusDays(3660));
            for (LocalDate d = start; !d.isAfter(through); d = d.plusDays(1)) {
                for (Dose dose : doses) {
                    events.add(DoseEvent.taken(d.atTime(dose.time).atZone(zone).toInstant(), dose.mg));
                }
            }
            previousEnd = end.orElse(null);
            last = end;
        }
        Instant start = first.atStartOfDay(zone).toInstant();
        Optional<Duration> length = last.map(e -> Duration.between(start, e.plusDays(1).atStartOfDay(zone)
                .toInstant()));
        return new PlanDoses(new DoseHistory(start, events), length, zone, first, last, crcl(root), weight(root),
                steps.size());
    }

    private record Dose(LocalTime time, Milligrams mg) {
    }

    private List<Dose> doses(JsonNode step, String at) {
        JsonNode doses = step.get("doses");
        if (doses == null || doses.isNull()) {
            throw bad(at + ".doses", "is missing: give the doses of the step (an empty list for none)");
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
        return list;
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
