package org.baclo.pumpclinic;

import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.baclo.pump.Screening;
import org.baclo.units.Micrograms;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code pump_screening_bolus}. Callers check access and audit. */
@Repository
class ScreeningStore {

    private final NamedParameterJdbcTemplate jdbc;

    ScreeningStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Screening.Bolus> boluses(long patientId) {
        return jdbc.query("select * from pump_screening_bolus where patient_id = :p order by seq",
                new MapSqlParameterSource("p", patientId), (rs, i) -> {
                    int minutes = rs.getInt("effect_minutes");
                    Optional<Duration> effect = rs.wasNull() ? Optional.empty()
                            : Optional.of(Duration.ofMinutes(minutes));
                    return new Screening.Bolus(new Micrograms(rs.getBigDecimal("dose_mcg")), rs.getBoolean("response"),
                            effect);
                });
    }

    /** Replaces the patient's trial by {@code boluses} (in order). */
    void replace(long patientId, List<Screening.Bolus> boluses, String by, Instant now) {
        jdbc.update("delete from pump_screening_bolus where patient_id = :p",
                new MapSqlParameterSource("p", patientId));
        for (int i = 0; i < boluses.size(); i++) {
            Screening.Bolus b = boluses.get(i);
            jdbc.update(
                    "insert into pump_screening_bolus (patient_id, seq, dose_mcg, response, effect_minutes,"
                            + " recorded_at, recorded_by) values (:p, :seq, :dose, :response, :minutes, :now, :by)",
                    new MapSqlParameterSource("p", patientId).addValue("seq", i)
                        .addValue("dose", b.dose().value())
                        .addValue("response", b.response())
                        .addValue("minutes", b.effectLasted().map(Duration::toMinutes).orElse(null), Types.INTEGER)
                        .addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .addValue("by", by));
        }
    }

}
