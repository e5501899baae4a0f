package org.baclo.pumpclinic;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.baclo.pump.Origin;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code pump}, {@code pump_refill}, {@code pump_prescription} (with
 * {@code pump_prescription_period}). Callers check access and audit.
 */
@Repository
class PumpStore {

    private final NamedParameterJdbcTemplate jdbc;

    PumpStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PumpRecord> pump(long patientId) {
        return jdbc.query("select * from pump where patient_id = :p", new MapSqlParameterSource("p", patientId),
                (rs, i) -> new PumpRecord(rs.getLong("patient_id"), rs.getString("model"),
                        rs.getBigDecimal("reservoir_ml"), rs.getBigDecimal("alarm_ml"),
                        rs.getObject("implant_date", java.time.LocalDate.class), Origin.valueOf(rs.getString("origin")),
                        rs.getString("catheter_tip"), rs.getInt("clinic_buffer_days")))
            .stream()
            .findFirst();
    }

    /** Inserts or updates the pump of a patient. */
    void save(PumpRecord p, String by, Instant now) {
        MapSqlParameterSource s = new MapSqlParameterSource("p", p.patientId()).addValue("model", p.model())
            .addValue("reservoir", p.reservoirMl())
            .addValue("alarm", p.alarmMl())
            .addValue("implant", p.implantDate())
            .addValue("origin", p.origin().name())
            .addValue("tip", p.catheterTip())
            .addValue("buffer", p.clinicBufferDays())
            .addValue("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .addValue("by", by);
        int updated = jdbc.update("update pump set model = :model, reservoir_ml = :reservoir, alarm_ml = :alarm,"
                + " implant_date = :implant, origin = :origin, catheter_tip = :tip, clinic_buffer_days = :buffer,"
                + " updated_at = :at, updated_by = :by, version = version + 1 where patient_id = :p", s);
        if (updated == 0) {
            jdbc.update("insert into pump (patient_id, model, reservoir_ml, alarm_ml, implant_date, origin,"
                    + " catheter_tip, clinic_buffer_days, updated_at, updated_by) values (:p, :model, :reservoir,"
                    + " :alarm, :implant, :origin, :tip, :buffer, :at, :by)", s);
        }
    }

    List<RefillRow> refills(long patientId) {
        return jdbc.query("select * from pump_refill where patient_id = :p order by filled_at, id",
                new MapSqlParameterSource("p", patientId),
                (rs, i) -> new RefillRow(rs.getLong("id"), rs.getTimestamp("filled_at").toLocalDateTime(),
                        rs.getBigDecimal("residual_ml"), rs.getBigDecimal("expected_residual_ml"),
                        rs.getBigDecimal("volume_ml"), rs.getBigDecimal("concentration_mcg_ml"),
                        rs.getBigDecimal("dose_mcg_day"), rs.getString("findings"), rs.getString("recorded_by")));
    }

    List<PrescriptionRow> prescriptions(long patientId) {
        MapSqlParameterSource p = new MapSqlParameterSource("p", patientId);
        Map<Long, List<PeriodRow>> periods = new HashMap<>();
        jdbc.query("select x.* from pump_prescription_period x join pump_prescription r on r.id = x.prescription_id"
                + " where r.patient_id = :p order by x.prescription_id, x.seq", p, rs -> {
                    periods.computeIfAbsent(rs.getLong("prescription_id"), k -> new ArrayList<>())
                        .add(new PeriodRow(rs.getObject("start_time", LocalTime.class),
                                rs.getObject("end_time", LocalTime.class), rs.getBigDecimal("mcg_per_hour")));
                });
        return jdbc.query("select * from pump_prescription where patient_id = :p order by valid_from, id", p,
                (rs, i) -> new PrescriptionRow(rs.getLong("id"), rs.getTimestamp("valid_from").toLocalDateTime(),
                        rs.getBigDecimal("concentration_mcg_ml"), rs.getBigDecimal("dose_mcg_day"),
                        rs.getString("mode").toLowerCase(Locale.ROOT),
                        periods.getOrDefault(rs.getLong("id"), List.of()), rs.getString("reason"),
                        rs.getString("findings"), rs.getString("recorded_by")));
    }

    void insertRefill(long patientId, LocalDateTime at, BigDecimal residual, BigDecimal expected, BigDecimal volume,
            BigDecimal concentration, BigDecimal dose, String findings, String by, Instant now) {
        jdbc.update(
                "insert into pump_refill (patient_id, filled_at, residual_ml, expected_residual_ml, volume_ml,"
                        + " concentration_mcg_ml, dose_mcg_day, findings, recorded_at, recorded_by) values (:p, :at,"
                        + " :residual, :expected, :volume, :c, :dose, :findings, :now, :by)",
                new MapSqlParameterSource("p", patientId).addValue("at", Timestamp.valueOf(at))
                    .addValue("residual", residual)
                    .addValue("expected", expected)
                    .addValue("volume", volume)
                    .addValue("c", concentration)
                    .addValue("dose", dose)
                    .addValue("findings", findings)
                    .addValue("by", by)
                    .addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
    }

    /**
     * Inserts a prescription; {@code periods} empty for a continuous one, else the flexed
     * periods in order ({@code dose} is then their sum).
     */
    long insertPrescription(long patientId, LocalDateTime from, BigDecimal concentration, BigDecimal dose,
            List<PeriodRow> periods, String reason, String findings, String by, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                "insert into pump_prescription (patient_id, valid_from, concentration_mcg_ml, dose_mcg_day, mode,"
                        + " reason, findings, recorded_at, recorded_by) values (:p, :from, :c, :dose, :mode, :reason,"
                        + " :findings, :now, :by)",
                new MapSqlParameterSource("p", patientId).addValue("from", Timestamp.valueOf(from))
                    .addValue("c", concentration)
                    .addValue("dose", dose)
                    .addValue("mode", periods.isEmpty() ? "CONTINUOUS" : "FLEXED")
                    .addValue("reason", reason)
                    .addValue("findings", findings)
                    .addValue("by", by)
                    .addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)),
                key, new String[] { "id" });
        long id = key.getKey().longValue();
        for (int i = 0; i < periods.size(); i++) {
            PeriodRow x = periods.get(i);
            jdbc.update(
                    "insert into pump_prescription_period (prescription_id, seq, start_time, end_time,"
                            + " mcg_per_hour) values (:id, :seq, :start, :end, :rate)",
                    new MapSqlParameterSource("id", id).addValue("seq", i)
                        .addValue("start", x.start())
                        .addValue("end", x.end())
                        .addValue("rate", x.mcgPerHour()));
        }
        return id;
    }

    /**
     * Patients with a pump in any of the teams (for the refill list and the scheduled
     * alerts).
     */
    List<Long> patientsWithPump(List<Long> teams) {
        if (teams.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(
                "select p.patient_id from pump p join patient x on x.id = p.patient_id where"
                        + " x.care_team_id in (:teams) order by p.patient_id",
                new MapSqlParameterSource("teams", teams), Long.class);
    }

    List<Long> allPatientsWithPump() {
        return jdbc.queryForList("select patient_id from pump order by patient_id", new MapSqlParameterSource(),
                Long.class);
    }

}
