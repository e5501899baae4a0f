package org.baclo.diary;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baclo.followup.Diary;
import org.baclo.followup.DiaryDose;
import org.baclo.followup.Observation;
import org.baclo.units.Milligrams;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The diary entries of patients in table {@code diary_entry}: one row per dose event or
 * observation, the client's id unique per patient. An insert of an id already stored
 * changes nothing ({@code on conflict do nothing}), so the same upload sent twice, or two
 * uploads racing, store each entry once. Callers check access.
 */
@Repository
class DiaryStore {

    private static final String COLUMNS = "client_id, kind, taken_at, at_offset_seconds, dose_status, mg, int_value,"
            + " int_severity, effect, effect_severity, seconds, muscle, side, grade, note";

    private final NamedParameterJdbcTemplate jdbc;

    DiaryStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a dose event; false when the patient already has an entry with this client
     * id.
     */
    boolean insert(long patientId, DiaryDose d, String by, Instant now) {
        MapSqlParameterSource p = common(patientId, d.id(), "dose", d.at(), by, now)
            .addValue("dose_status", d.status().name())
            .addValue("mg", d.mg().map(Milligrams::value).orElse(null))
            .addValue("note", d.reason().orElse(null));
        return insert(p);
    }

    /**
     * Stores an observation; false when the patient already has an entry with this client
     * id.
     */
    boolean insert(long patientId, Observation o, String by, Instant now) {
        MapSqlParameterSource p = common(patientId, o.id(), o.kind(), o.at(), by, now);
        if (o instanceof Observation.Score s) {
            p.addValue("int_value", s.value());
        }
        else if (o instanceof Observation.Penn s) {
            p.addValue("int_value", s.frequency()).addValue("int_severity", s.severity().orElse(null));
        }
        else if (o instanceof Observation.SideEffect s) {
            p.addValue("effect", s.effect())
                .addValue("effect_severity", s.severity().name())
                .addValue("note", s.note().orElse(null));
        }
        else if (o instanceof Observation.Walk s) {
            p.addValue("seconds", s.seconds());
        }
        else if (o instanceof Observation.Ashworth s) {
            p.addValue("muscle", s.muscle()).addValue("side", s.side().name()).addValue("grade", s.grade().label());
        }
        return insert(p);
    }

    private boolean insert(MapSqlParameterSource p) {
        for (String c : COLUMNS.split(", ")) {
            if (!p.hasValue(c)) {
                p.addValue(c, null);
            }
        }
        String values = ":" + COLUMNS.replace(", ", ", :");
        return jdbc.update("insert into diary_entry (patient_id, " + COLUMNS + ", recorded_by, recorded_at) values"
                + " (:patient_id, " + values + ", :recorded_by, :recorded_at) on conflict do nothing", p) == 1;
    }

    private static MapSqlParameterSource common(long patientId, String id, String kind, OffsetDateTime at, String by,
            Instant now) {
        return new MapSqlParameterSource().addValue("patient_id", patientId)
            .addValue("client_id", id)
            .addValue("kind", kind)
            .addValue("taken_at", at.withOffsetSameInstant(ZoneOffset.UTC))
            .addValue("at_offset_seconds", at.getOffset().getTotalSeconds())
            .addValue("recorded_by", by)
            .addValue("recorded_at", now.atOffset(ZoneOffset.UTC));
    }

    /** The patient's entries with {@code from <= at < to}, in time order. */
    Diary between(long patientId, Instant from, Instant to) {
        List<DiaryDose> doses = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        jdbc.query(
                "select " + COLUMNS + " from diary_entry where patient_id = :p and taken_at >= :from and taken_at"
                        + " < :to order by taken_at, id",
                new MapSqlParameterSource("p", patientId).addValue("from", from.atOffset(ZoneOffset.UTC))
                    .addValue("to", to.atOffset(ZoneOffset.UTC)),
                rs -> {
                    if (rs.getString("kind").equals("dose")) {
                        doses.add(dose(rs));
                    }
                    else {
                        observations.add(observation(rs));
                    }
                });
        return new Diary(doses, observations);
    }

    /** The patient's whole diary. */
    Diary all(long patientId) {
        return between(patientId, Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z"));
    }

    private static OffsetDateTime at(ResultSet rs) throws SQLException {
        OffsetDateTime utc = rs.getObject("taken_at", OffsetDateTime.class);
        return utc.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(rs.getInt("at_offset_seconds")));
    }

    private static DiaryDose dose(ResultSet rs) throws SQLException {
        BigDecimal mg = rs.getBigDecimal("mg");
        return new DiaryDose(rs.getString("client_id"), at(rs), DiaryDose.Status.valueOf(rs.getString("dose_status")),
                Optional.ofNullable(mg).map(m -> new Milligrams(m.stripTrailingZeros())),
                Optional.ofNullable(rs.getString("note")));
    }

    private static Observation observation(ResultSet rs) throws SQLException {
        String id = rs.getString("client_id");
        OffsetDateTime at = at(rs);
        String kind = rs.getString("kind");
        return switch (kind) {
            case "spasticity-nrs" -> new Observation.Score(id, at, Observation.Nrs.SPASTICITY, rs.getInt("int_value"));
            case "pain-nrs" -> new Observation.Score(id, at, Observation.Nrs.PAIN, rs.getInt("int_value"));
            case "sleep-nrs" -> new Observation.Score(id, at, Observation.Nrs.SLEEP, rs.getInt("int_value"));
            case "penn" -> {
                int frequency = rs.getInt("int_value");
                int severity = rs.getInt("int_severity");
                // wasNull() answers for the column read last: the severity (absent at
                // frequency 0)
                yield new Observation.Penn(id, at, frequency, rs.wasNull() ? Optional.empty() : Optional.of(severity));
            }
            case "side-effect" -> new Observation.SideEffect(id, at, rs.getString("effect"),
                    Observation.EffectSeverity.valueOf(rs.getString("effect_severity")),
                    Optional.ofNullable(rs.getString("note")));
            case "walk-25ft" -> new Observation.Walk(id, at, rs.getBigDecimal("seconds").stripTrailingZeros());
            case "mas" ->
                new Observation.Ashworth(id, at, rs.getString("muscle"), Observation.Side.valueOf(rs.getString("side")),
                        Observation.AshworthGrade.parse(rs.getString("grade")).orElseThrow());
            default -> throw new IllegalStateException("unknown diary kind " + kind);
        };
    }

}
