package org.baclo.storedplans;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baclo.app.BoundedCache;
import org.baclo.report.PlanDocument;
import org.baclo.report.PlanFileException;
import org.baclo.report.PlanFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The steps (first day, last day, daily dose) of stored plans, which the clinician
 * screens show of every patient (today's dose, the plan's end, the planned dose of each
 * day of the timeline) and the preview starts from.
 *
 * <p>
 * Reading them used to mean reading and binding each plan's whole document (about 4 KB of
 * JSON) on every request: most of the worklist's remaining cost at 250 patients a team. A
 * stored plan's document never changes (history is never overwritten: activation and
 * supersession change only the record's status columns), so the steps are read once per
 * plan and instance and kept in a bounded map ({@link BoundedCache}). The key is the
 * plan's id with its creation time, so a reused id (a restored or rebuilt database) is
 * read again, never answered from an older plan. Nothing here can go stale across
 * instances. Callers read the plan records' ids themselves (their status may change any
 * time) and ask here for the steps of those ids.
 */
@Component
public class StoredPlanSteps {

    private static final Logger log = LoggerFactory.getLogger(StoredPlanSteps.class);

    /** Ids per statement when missing documents are read. */
    static final int BATCH = 500;

    /** One step of a stored plan. */
    public record Step(LocalDate first, LocalDate last, BigDecimal dailyMg) {
    }

    /**
     * The steps of one stored plan, in order; empty when its document could not be read
     * (a document of an older shape: logged once).
     */
    public record Steps(List<Step> steps) {

        public Steps {
            steps = List.copyOf(steps);
        }

        /**
         * The daily dose on {@code day}: the step holding it, or after the last step the
         * last step's dose (BACLOFEN.md §4: a new plan starts from the current dose);
         * empty before the plan starts or without steps.
         */
        public Optional<BigDecimal> doseOn(LocalDate day) {
            Optional<BigDecimal> within = stepDoseOn(day);
            if (within.isPresent() || steps.isEmpty()) {
                return within;
            }
            Step last = steps.get(steps.size() - 1);
            return day.isAfter(last.last()) ? Optional.of(last.dailyMg()) : Optional.empty();
        }

        /** The daily dose of the step holding {@code day}; empty outside the steps. */
        public Optional<BigDecimal> stepDoseOn(LocalDate day) {
            for (Step s : steps) {
                if (!day.isBefore(s.first()) && !day.isAfter(s.last())) {
                    return Optional.of(s.dailyMg());
                }
            }
            return Optional.empty();
        }

        /** The last day of the last step; empty without steps. */
        public Optional<LocalDate> lastDay() {
            return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).last());
        }
    }

    /** A stored plan as its record names it: id and creation time. */
    public record PlanKey(long id, Instant createdAt) {

        /** The key from a row's plan id and creation time columns. */
        public static PlanKey of(ResultSet rs, int idColumn, int createdAtColumn) throws SQLException {
            return new PlanKey(rs.getLong(idColumn), StoredPlanSteps.createdAt(rs, createdAtColumn));
        }
    }

    private static Instant createdAt(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private final NamedParameterJdbcTemplate jdbc;

    private final BoundedCache<Long, Cached> cache;

    private record Cached(Instant createdAt, Steps steps) {
    }

    StoredPlanSteps(NamedParameterJdbcTemplate jdbc,
            @Value("${baclo.plans.steps-cache-entries:20000}") int maxEntries) {
        this.jdbc = jdbc;
        this.cache = new BoundedCache<>(maxEntries);
    }

    /** The steps of one stored plan. */
    public Steps of(PlanKey plan) {
        return of(List.of(plan)).get(plan.id());
    }

    /**
     * The steps of the given stored plans, by plan id; the documents not read before are
     * read in one statement per {@value #BATCH} plans.
     */
    public Map<Long, Steps> of(Collection<PlanKey> plans) {
        Map<Long, Steps> out = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        Map<Long, Instant> created = new HashMap<>();
        for (PlanKey k : plans) {
            Cached c = cache.get(k.id());
            if (c != null && c.createdAt().equals(k.createdAt())) {
                out.put(k.id(), c.steps());
            }
            else if (created.put(k.id(), k.createdAt()) == null) {
                missing.add(k.id());
            }
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Long> ids = missing.subList(from, Math.min(missing.size(), from + BATCH));
            Map<Long, Cached> read = new HashMap<>();
            jdbc.query("select id, created_at, plan_json from plan_record where id in (:ids)",
                    new MapSqlParameterSource("ids", ids), rs -> {
                        long id = rs.getLong(1);
                        read.put(id, new Cached(createdAt(rs, 2), steps(id, rs.getString(3))));
                    });
            read.forEach((id, c) -> {
                if (c.createdAt().equals(created.get(id))) {
                    cache.put(id, c);
                }
                out.put(id, c.steps());
            });
        }
        return out;
    }

    /** Entries held now (tests). */
    int size() {
        return cache.size();
    }

    private static Steps steps(long id, String json) {
        try {
            PlanDocument doc = PlanFiles.document(json);
            List<Step> steps = new ArrayList<>();
            if (doc.steps() != null) {
                for (PlanDocument.StepDoc s : doc.steps()) {
                    steps.add(new Step(LocalDate.parse(s.startDate()), LocalDate.parse(s.endDate()), s.dailyMg()));
                }
            }
            return new Steps(steps);
        }
        catch (PlanFileException | java.time.format.DateTimeParseException e) {
            log.warn("Stored plan {} cannot be read ({}); shown without its steps", id, e.getMessage());
            return new Steps(List.of());
        }
    }

}
