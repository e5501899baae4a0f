package org.baclo.diaryfile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.baclo.followup.Diary;

/**
 * Writes a diary back in the shape {@link DiaryReader} reads ({@code {"doses": [...],
 * "observations": [...]}}, each entry with the client's time and offset), and as CSV, one
 * row per entry in time order.
 */
public final class DiaryWriter {

    /** The CSV columns; a column that does not apply to a row's kind is empty. */
    public static final List<String> CSV_HEADER = List.of("id", "at", "localTime", "kind", "status", "mg", "value",
            "frequency", "severity", "effect", "seconds", "muscle", "side", "grade", "reason", "note");

    private DiaryWriter() {
    }

    /** The diary as the upload document's two lists. */
    public static DiaryDocument document(Diary diary) {
        return DiaryDocument.of(diary);
    }

    /**
     * The diary as CSV with {@link #CSV_HEADER}, entries in time order; {@code localTime}
     * is the time in the patient's zone. Cells starting with =, +, - or @ are prefixed
     * with an apostrophe (no formula injection).
     */
    public static String csv(Diary diary, ZoneId zone) {
        List<Map<String, Object>> rows = new ArrayList<>();
        diary.doses().forEach(d -> rows.add(row(DiaryDocument.dose(d))));
        diary.observations().forEach(o -> rows.add(row(DiaryDocument.observation(o))));
        rows.sort(Comparator.comparing(r -> java.time.OffsetDateTime.parse((String) r.get("at")).toInstant()));
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (Map<String, Object> r : rows) {
                r.putIfAbsent("kind", "dose");
                r.put("localTime",
                        java.time.OffsetDateTime.parse((String) r.get("at"))
                            .atZoneSameInstant(zone)
                            .toLocalDateTime()
                            .toString());
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
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One CSV row: the entry's fields by column name (a lookup, not a document). */
    private static Map<String, Object> row(DiaryDocument.DoseEntry d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("at", d.at());
        m.put("status", d.status());
        m.put("mg", d.mg());
        m.put("reason", d.reason());
        return m;
    }

    private static Map<String, Object> row(DiaryDocument.ObservationEntry o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("at", o.at());
        m.put("kind", o.kind());
        if (o instanceof DiaryDocument.ScoreEntry s) {
            m.put("value", s.value());
        }
        else if (o instanceof DiaryDocument.PennEntry p) {
            m.put("frequency", p.frequency());
            m.put("severity", p.severity());
        }
        else if (o instanceof DiaryDocument.SideEffectEntry s) {
            m.put("effect", s.effect());
            m.put("severity", s.severity());
            m.put("note", s.note());
        }
        else if (o instanceof DiaryDocument.WalkEntry w) {
            m.put("seconds", w.seconds());
        }
        else if (o instanceof DiaryDocument.AshworthEntry a) {
            m.put("muscle", a.muscle());
            m.put("side", a.side());
            m.put("grade", a.grade());
        }
        return m;
    }

    private static String safe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?") ? "'" + cell
                : cell;
    }

}
