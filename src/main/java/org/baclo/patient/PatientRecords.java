package org.baclo.patient;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.baclo.security.PatientDirectory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient records as the user administration sees them: identity and care team only,
 * no clinical data. Plain SQL: these lists read four columns of possibly many records.
 */
@Component
class PatientRecords implements PatientDirectory {

    private static final RowMapper<Entry> ENTRY = (rs, n) -> new Entry(rs.getLong("id"), rs.getString("name"),
            rs.getObject("date_of_birth", java.time.LocalDate.class), rs.getLong("care_team_id"));

    private static final String COLUMNS = "select id, name, date_of_birth, care_team_id from patient";

    private final PatientRepository patients;

    private final NamedParameterJdbcTemplate jdbc;

    private final Clock clock;

    PatientRecords(PatientRepository patients, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.patients = patients;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(long patientId) {
        return patients.existsById(patientId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> search(String text, int limit) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        String like = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query(COLUMNS + " where lower(name) like :like escape '\\' order by name, id limit :limit",
                new MapSqlParameterSource("like", like).addValue("limit", limit), ENTRY);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Entry> byIds(Collection<Long> ids) {
        Map<Long, Entry> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(COLUMNS + " where id in (:ids)", new MapSqlParameterSource("ids", ids), ENTRY)
                .forEach(e -> found.put(e.id(), e));
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> ofTeam(long teamId, int limit) {
        return jdbc.query(COLUMNS + " where care_team_id = :team order by name, id limit :limit",
                new MapSqlParameterSource("team", teamId).addValue("limit", limit), ENTRY);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> countsByTeam() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("select care_team_id, count(*) as n from patient group by care_team_id", rs -> {
            counts.put(rs.getLong("care_team_id"), rs.getInt("n"));
        });
        return counts;
    }

    @Override
    @Transactional
    public boolean moveToTeam(long patientId, long teamId) {
        // the version moves on, so a form holding the record's old version reports a
        // conflict instead of undoing the move
        return jdbc.update(
                "update patient set care_team_id = :team, updated_at = :now, version = version + 1 where id = :id",
                new MapSqlParameterSource("team", teamId).addValue("id", patientId)
                    .addValue("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))) == 1;
    }

}
