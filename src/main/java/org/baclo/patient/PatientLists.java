package org.baclo.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the patients of care teams as whole {@link Patient} aggregates in three
 * statements, however many patients there are: the patients, all their conditions, all
 * their co-medications (each joined on the teams). Loading the list through the
 * repository ran two more statements per patient (issue 15: 206 statements for 100
 * patients).
 */
@Component
class PatientLists {

    private final NamedParameterJdbcTemplate jdbc;

    PatientLists(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The teams' patients, by name (then id). */
    List<Patient> ofTeams(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource t = new MapSqlParameterSource("t", teamIds);
        Map<Long, Set<PatientCondition>> conditions = new HashMap<>();
        jdbc.query("select c.patient, c.condition_id from patient_condition c join patient p on p.id = c.patient"
                + " where p.care_team_id in (:t)", t, rs -> {
                    conditions.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(new PatientCondition(rs.getString(2)));
                });
        Map<Long, List<PatientMedication>> medications = new HashMap<>();
        jdbc.query("select m.patient, m.name from patient_medication m join patient p on p.id = m.patient"
                + " where p.care_team_id in (:t) order by m.patient, m.patient_key", t, rs -> {
                    medications.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PatientMedication(rs.getString(2)));
                });
        return jdbc.query("select * from patient where care_team_id in (:t) order by name, id", t,
                (rs, i) -> patient(rs, conditions, medications));
    }

    private static Patient patient(ResultSet rs, Map<Long, Set<PatientCondition>> conditions,
            Map<Long, List<PatientMedication>> medications) throws SQLException {
        long id = rs.getLong("id");
        return new Patient(id, rs.getLong("care_team_id"), rs.getString("name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"), rs.getBigDecimal("weight_kg"),
                rs.getBigDecimal("creatinine_value"), rs.getString("creatinine_unit"),
                rs.getObject("creatinine_date", LocalDate.class), rs.getBigDecimal("measured_crcl_ml_min"),
                rs.getBoolean("dialysis"), rs.getBoolean("pregnant"), rs.getString("indication"),
                rs.getString("time_zone"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"),
                conditions.getOrDefault(id, Set.of()), medications.getOrDefault(id, List.of()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

}
