package org.baclo.storedplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.baclo.testsupport.SqlStatements;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Issue 15 (fast screens): the steps of a stored plan are read from its document once per
 * plan and instance, and the key (id and creation time) keeps a reused id from being
 * answered with another plan's steps. Rows written straight into the embedded database.
 */
@SpringBootTest
@Import({ TestKnowledge.class, SqlStatements.Config.class })
class StoredPlanStepsTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    StoredPlanSteps steps;

    private static final String TWO_STEPS = """
            {"kind":"titrate","product":"tablet","frequency":"TID","timeZone":"Europe/London","targetMgDay":30,
             "steps":[{"startDate":"2026-03-11","endDate":"2026-03-13","dailyMg":15,"doses":[]},
                      {"startDate":"2026-03-14","endDate":"2026-03-16","dailyMg":30,"doses":[]}]}""";

    private long patient() {
        Instant now = Instant.now();
        jdbc.update("insert into care_team (name, created_at) values (:n, :t)",
                new MapSqlParameterSource("n", "steps team " + System.nanoTime()).addValue("t", ts(now)));
        long team = jdbc.queryForObject("select max(id) from care_team", new MapSqlParameterSource(), Long.class);
        jdbc.update("insert into patient (care_team_id, name, date_of_birth, sex, weight_kg, dialysis, pregnant,"
                + " indication, time_zone, created_at, updated_at, version) values (:team, 'Steps patient',"
                + " date '1970-01-01', 'female', 70, false, false, 'ms-spasticity', 'Europe/London', :t, :t, 0)",
                new MapSqlParameterSource("team", team).addValue("t", ts(now)));
        return jdbc.queryForObject("select max(id) from patient", new MapSqlParameterSource(), Long.class);
    }

    private StoredPlanSteps.PlanKey plan(long patient, String json, Instant created) {
        jdbc.update("insert into plan_record (patient_id, version_no, kind, status, effective_from, request_json,"
                + " plan_json, created_by, created_at, version) values (:p, (select coalesce(max(version_no), 0) + 1"
                + " from plan_record where patient_id = :p), 'titrate', 'DRAFT', date '2026-03-11', '{}', :json,"
                + " 'test', :t, 0)",
                new MapSqlParameterSource("p", patient).addValue("json", json).addValue("t", ts(created)));
        long id = jdbc.queryForObject("select max(id) from plan_record where patient_id = :p",
                new MapSqlParameterSource("p", patient), Long.class);
        return new StoredPlanSteps.PlanKey(id, created);
    }

    private static OffsetDateTime ts(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void the_steps_are_the_documents_and_give_the_dose_of_each_day() {
        StoredPlanSteps.Steps s = steps.of(plan(patient(), TWO_STEPS, now()));
        assertThat(s.steps()).containsExactly(
                new StoredPlanSteps.Step(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 13), new BigDecimal("15")),
                new StoredPlanSteps.Step(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 16), new BigDecimal("30")));
        assertThat(s.doseOn(LocalDate.of(2026, 3, 10))).isEmpty();
        assertThat(s.doseOn(LocalDate.of(2026, 3, 13))).contains(new BigDecimal("15"));
        assertThat(s.doseOn(LocalDate.of(2026, 3, 14))).contains(new BigDecimal("30"));
        // after the last step the last dose continues (a new plan starts from it) ...
        assertThat(s.doseOn(LocalDate.of(2026, 4, 1))).contains(new BigDecimal("30"));
        // ... but no step holds that day (the timeline plans nothing then)
        assertThat(s.stepDoseOn(LocalDate.of(2026, 4, 1))).isEmpty();
        assertThat(s.lastDay()).contains(LocalDate.of(2026, 3, 16));
    }

    @Test
    void a_plan_is_read_once_then_answered_without_a_statement() {
        long p = patient();
        StoredPlanSteps.PlanKey a = plan(p, TWO_STEPS, now());
        StoredPlanSteps.PlanKey b = plan(p, TWO_STEPS.replace("\"dailyMg\":30", "\"dailyMg\":25"), now());
        int mark = SqlStatements.mark();
        Map<Long, StoredPlanSteps.Steps> first = steps.of(List.of(a, b));
        List<String> firstRead = SqlStatements.since(mark);
        assertThat(firstRead).hasSize(1).allMatch(sql -> sql.contains("plan_json"));
        assertThat(first.get(b.id()).doseOn(LocalDate.of(2026, 3, 15))).contains(new BigDecimal("25"));

        mark = SqlStatements.mark();
        Map<Long, StoredPlanSteps.Steps> again = steps.of(List.of(a, b));
        assertThat(SqlStatements.since(mark)).isEmpty();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void another_creation_time_under_the_same_id_is_read_again() {
        long p = patient();
        StoredPlanSteps.PlanKey a = plan(p, TWO_STEPS, now());
        steps.of(a);
        // the same id, as a rebuilt database would give it to another plan
        jdbc.update("update plan_record set plan_json = :json, created_at = :t where id = :id",
                new MapSqlParameterSource("json", TWO_STEPS.replace("\"dailyMg\":30", "\"dailyMg\":20"))
                    .addValue("t", ts(a.createdAt().plusSeconds(60)))
                    .addValue("id", a.id()));
        StoredPlanSteps.Steps s = steps.of(new StoredPlanSteps.PlanKey(a.id(), a.createdAt().plusSeconds(60)));
        assertThat(s.doseOn(LocalDate.of(2026, 3, 15))).contains(new BigDecimal("20"));
    }

    @Test
    void an_unreadable_document_gives_no_steps_instead_of_failing_the_screen() {
        StoredPlanSteps.Steps s = steps
            .of(plan(patient(), "{\"kind\":\"titrate\",\"steps\":[{\"startDate\":1}]}", now()));
        assertThat(s.steps()).isEmpty();
        assertThat(s.doseOn(LocalDate.of(2026, 3, 15))).isEmpty();
        assertThat(s.lastDay()).isEmpty();
    }

}
