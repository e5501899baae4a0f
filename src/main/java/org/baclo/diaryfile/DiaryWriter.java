package org.baclo.diaryfile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.baclo.followup.Diary;
import org.baclo.followup.DiaryDose;
import org.baclo.followup.Observation;

/**
 * Writes a diary back in the shape {@link DiaryReader} reads ({@code {"doses": [...], "observations": [...]}},
 * each entry with the client's time and offset), and as CSV, one row per entry in time order.
 */
public final class DiaryWriter {
    /** The CSV columns; a column that does not apply to a row's kind is empty. */
    public static final List<String> CSV_HEADER = List.of("id", "at", "localTime", "kind", "status", "mg", "value",
            "frequency", "severity", "effect", "seconds", "muscle", "side", "grade", "reason", "note");

    private DiaryWriter() {
    }

    /** The diary as the upload document's two lists. */
    public static Map<String, Object> document(Diary diary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doses", diary.doses().stream().map(DiaryWriter::dose).toList());
        m.put("observations", diary.observations().stream().map(DiaryWriter::observation).toList());
        return m;
    }

    public static Map<String, Object> dose(DiaryDose d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("at", d.at().toString());
        m.put("status", d.status().wireName());
        d.mg().ifPresent(mg -> m.put("mg", plain(mg.value())));
        d.reason().ifPresent(r -> m.put("reason", r));
        return m;
    }

    public static Map<String, Object> observation(Observation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("at", o.at().toString());
        m.put("kind", o.kind());
        if (o instanceof Observation.Score s) {
            m.put("value", s.value());
        } else if (o instanceof Observation.Penn p) {
            m.put("frequency", p.frequency());
            p.severity().ifPresent(x -> m.put("severity", x));
        } else if (o instanceof Observation.SideEffect s) {
            m.put("effect", s.effect());
            m.put("severity", s.severity().wireName());
            s.note().ifPresent(x -> m.put("note", x));
        } else if (o instanceof Observation.Walk w) {
            m.put("seconds", plain(w.seconds()));
        } else if (o instanceof Observation.Ashworth a) {
            m.put("muscle", a.muscle());
            m.put("side", a.side().wireName());
            m.put("grade", a.grade().label());
        }
        return m;
    }

    /**
     * The diary as CSV with {@link #CSV_HEADER}, entries in time order; {@code localTime} is the time in the
     * patient's zone. Cells starting with =, +, - or @ are prefixed with an apostrophe (no formula injection).
     */
    public static String csv(Diary diary, ZoneId zone) {
        List<Map<String, Object>> rows = new ArrayList<>();
        diary.doses().forEach(d -> rows.add(dose(d)));
        diary.observations().forEach(o -> rows.add(observation(o)));
        rows.sort(Comparator.comparing(r -> java.time.OffsetDateTime.parse((String) r.get("at")).toInstant()));
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(
                String[]::new)).get())) {
            for (Map<String, Object> r : rows) {
                r.putIfAbsent("kind", "dose");
                r.put("localTime", java.time.OffsetDateTime.parse((String) r.get("at")).atZoneSameInstant(zone)
                        .toLocalDateTime().toString());
                if (!"dose".equals(r.get("kind"))) {
                    r.remove("status");
                }
                List<String> cells = new ArrayList<>();
                for (String c : CSV_HEADER) {
                    Object v = r.get(c);
                    cells.add(v == null ? "" : safe(v.toString()));
                }
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String safe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?")
                ? "'" + cell : cell;
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
