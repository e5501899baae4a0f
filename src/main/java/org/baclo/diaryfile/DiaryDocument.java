package org.baclo.diaryfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.baclo.followup.Diary;
import org.baclo.followup.DiaryDose;
import org.baclo.followup.Observation;

/**
 * A diary in the upload document's shape ({@code {"doses": [...], "observations":
 * [...]}}, each entry with the client's time and offset): what {@link DiaryReader} reads,
 * {@link DiaryWriter} writes and the API answers.
 */
public record DiaryDocument(List<DoseEntry> doses, List<ObservationEntry> observations) {

    /** A dose entry; {@code mg} and {@code reason} only when recorded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DoseEntry(String id, String at, String status, BigDecimal mg, String reason) {
    }

    /** An observation entry: its id, time and kind, and the fields of its kind. */
    public sealed interface ObservationEntry {

        String id();

        String at();

        String kind();

    }

    public record ScoreEntry(String id, String at, String kind, int value) implements ObservationEntry {
    }

    /** A Penn spasm entry; {@code severity} (0–3) only when recorded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PennEntry(String id, String at, String kind, int frequency,
            Integer severity) implements ObservationEntry {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SideEffectEntry(String id, String at, String kind, String effect, String severity,
            String note) implements ObservationEntry {
    }

    public record WalkEntry(String id, String at, String kind, BigDecimal seconds) implements ObservationEntry {
    }

    public record AshworthEntry(String id, String at, String kind, String muscle, String side,
            String grade) implements ObservationEntry {
    }

    public static DiaryDocument of(Diary diary) {
        return new DiaryDocument(diary.doses().stream().map(DiaryDocument::dose).toList(),
                diary.observations().stream().map(DiaryDocument::observation).toList());
    }

    public static DoseEntry dose(DiaryDose d) {
        return new DoseEntry(d.id(), d.at().toString(), d.status().wireName(),
                d.mg().map(mg -> plain(mg.value())).orElse(null), d.reason().orElse(null));
    }

    public static ObservationEntry observation(Observation o) {
        String id = o.id();
        String at = o.at().toString();
        String kind = o.kind();
        if (o instanceof Observation.Score s) {
            return new ScoreEntry(id, at, kind, s.value());
        }
        else if (o instanceof Observation.Penn p) {
            return new PennEntry(id, at, kind, p.frequency(), p.severity().orElse(null));
        }
        else if (o instanceof Observation.SideEffect s) {
            return new SideEffectEntry(id, at, kind, s.effect(), s.severity().wireName(), s.note().orElse(null));
        }
        else if (o instanceof Observation.Walk w) {
            return new WalkEntry(id, at, kind, plain(w.seconds()));
        }
        else if (o instanceof Observation.Ashworth a) {
            return new AshworthEntry(id, at, kind, a.muscle(), a.side().wireName(), a.grade().label());
        }
        throw new IllegalArgumentException("unknown observation kind " + kind);
    }

    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
