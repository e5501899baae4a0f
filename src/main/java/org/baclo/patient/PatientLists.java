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
import java.util.Optional;
import java.util.Set;
import org.baclo.app.BoundedCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the patients of care teams as whole {@link Patient} aggregates in three
 * statements per 1,000 patients, however many patients there are: the patients, then
 * their conditions and their co-medications by the patients' ids. Loading the list
 * through the repository ran two more statements per patient (issue 15: 206 statements
 * for 100 patients).
 */
@Component
class PatientLists {

    private final NamedParameterJdbcTemplate jdbc;

    /**
     * A whole patient is read in three statements: in one read-only transaction (or the
     * caller's), so that the row, its conditions and its co-medications are one snapshot
     * even for a caller that runs without a transaction (the plan preview).
     */
    private final TransactionTemplate snapshot;

    PatientLists(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${baclo.patients.cache-entries:20000}") int cacheEntries) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.cache = new BoundedCache<>(cacheEntries);
    }

    /** Patient ids per statement when conditions and co-medications are read. */
    static final int BATCH = 1000;

    /**
     * Patients read before, by id, with the version and last change they were read at: a
     * patient record changes only through its aggregate (version bumped) or the team move
     * (version bumped too), so an entry whose version and last change match the row is
     * the row. The lists of a clinic's screens then read three columns per patient
     * instead of the whole aggregate (issue 15).
     */
    private final BoundedCache<Long, Patient> cache;

    /** The teams' patients, by name (then id). */
    List<Patient> ofTeams(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<Version> rows = jdbc.query(
                "select id, version, updated_at from patient where care_team_id in (:t) order by name, id",
                new MapSqlParameterSource("t", teamIds), Version::of);
        Map<Long, Patient> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Version v : rows) {
            Patient p = cache.get(v.id());
            if (p != null && v.matches(p)) {
                found.put(v.id(), p);
            }
            else {
                missing.add(v.id());
            }
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            for (Patient p : byIds(missing.subList(from, Math.min(missing.size(), from + BATCH)))) {
                found.put(p.id(), p);
                cache.put(p.id(), p);
            }
        }
        // a patient changed between the two reads is shown as read (it is in the list)
        return rows.stream().map(v -> found.get(v.id())).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * One whole patient (as the repository would read it), in one statement when it was
     * read before at its current version.
     */
    Optional<Patient> findById(long id) {
        List<Version> rows = jdbc.query("select id, version, updated_at from patient where id = :id",
                new MapSqlParameterSource("id", id), Version::of);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Patient p = cache.get(id);
        if (p != null && rows.get(0).matches(p)) {
            return Optional.of(p);
        }
        List<Patient> read = byIds(List.of(id));
        read.forEach(x -> cache.put(x.id(), x));
        return read.stream().findFirst();
    }

    /** A patient row's version and last change. */
    private record Version(long id, int version, Instant updatedAt) {

        static Version of(ResultSet rs, int row) throws SQLException {
            return new Version(rs.getLong(1), rs.getInt(2), instant(rs, "updated_at"));
        }

        boolean matches(Patient p) {
            return p.version() != null && p.version() == version && updatedAt.equals(p.updatedAt());
        }
    }

    /** Whole patients by id, in three statements of one snapshot. */
    private List<Patient> byIds(List<Long> ids) {
        return snapshot.execute(status -> readByIds(ids));
    }

    private List<Patient> readByIds(List<Long> ids) {
        MapSqlParameterSource p = new MapSqlParameterSource("ids", ids);
        List<Patient> bare = jdbc.query("select * from patient where id in (:ids)", p, (rs, i) -> patient(rs));
        Map<Long, Set<PatientCondition>> conditions = new HashMap<>();
        Map<Long, List<PatientMedication>> medications = new HashMap<>();
        // by the patients' ids, not joined on the teams: the join let PostgreSQL scan
        // every
        // patient's co-medications (a hash join over the whole table) for one team's list
        jdbc.query("select patient, condition_id from patient_condition where patient in (:ids)", p, rs -> {
            conditions.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(new PatientCondition(rs.getString(2)));
        });
        jdbc.query("select patient, name from patient_medication where patient in (:ids) order by patient, patient_key",
                p, rs -> {
                    medications.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PatientMedication(rs.getString(2)));
                });
        return bare.stream()
            .map(x -> new Patient(x.id(), x.careTeamId(), x.name(), x.dateOfBirth(), x.sex(), x.weightKg(),
                    x.creatinineValue(), x.creatinineUnit(), x.creatinineDate(), x.measuredCrclMlMin(), x.dialysis(),
                    x.pregnant(), x.indication(), x.timeZone(), x.createdAt(), x.updatedAt(), x.version(),
                    conditions.getOrDefault(x.id(), Set.of()), medications.getOrDefault(x.id(), List.of()),
                    x.heightCm()))
            .toList();
    }

    /** A patient row without its conditions and co-medications. */
    private static Patient patient(ResultSet rs) throws SQLException {
        return new Patient(rs.getLong("id"), rs.getLong("care_team_id"), rs.getString("name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"), rs.getBigDecimal("weight_kg"),
                rs.getBigDecimal("creatinine_value"), rs.getString("creatinine_unit"),
                rs.getObject("creatinine_date", LocalDate.class), rs.getBigDecimal("measured_crcl_ml_min"),
                rs.getBoolean("dialysis"), rs.getBoolean("pregnant"), rs.getString("indication"),
                rs.getString("time_zone"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"),
                Set.of(), List.of(), rs.getBigDecimal("height_cm"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

}
