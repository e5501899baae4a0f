package org.baclo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * {@code baclo demo generate} on H2: the counts it promises, plans only in valid states,
 * and the same seed giving the same content in two databases (issue 15, item 1).
 */
class DemoGenerateTest {

    private static final String PASSWORD = "generated-Pass-2026";

    private static String url(String name) {
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    private static int generate(String db, long seed) {
        return DemoCommand.run("generate", "--patients", "30", "--days", "90", "--seed", String.valueOf(seed),
                "--until", "2026-06-30", "--team-size", "10", "--password", PASSWORD,
                "--spring.datasource.url=" + url(db), "--spring.datasource.username=sa");
    }

    @Test
    void writes_the_requested_patients_with_plans_diaries_and_logins() throws Exception {
        assertThat(generate("gencount", 7)).isZero();
        try (Connection c = DriverManager.getConnection(url("gencount"), "sa", "")) {
            assertThat(count(c, "select count(*) from patient")).isEqualTo(30);
            assertThat(count(c, "select count(*) from care_team")).isEqualTo(3);
            assertThat(count(c, "select count(*) from app_user where role = 'CLINICIAN'")).isEqualTo(6);
            assertThat(count(c, "select count(*) from app_user where role = 'PATIENT' and patient_id is not null"))
                .isEqualTo(30);
            assertThat(count(c, "select count(*) from care_team_member")).isEqualTo(6);
            long plans = count(c, "select count(*) from plan_record");
            assertThat(plans).isGreaterThanOrEqualTo(20);
            // at most one active plan per patient; superseded plans point at their
            // successor
            assertThat(count(c, "select count(*) from (select patient_id from plan_record where status = 'ACTIVE'"
                    + " group by patient_id having count(*) > 1) x"))
                .isZero();
            assertThat(count(c, "select count(*) from plan_record where status = 'SUPERSEDED' and (superseded_by is"
                    + " null or superseded_on is null)"))
                .isZero();
            // the version counter matches the plans (the next plan gets the next number)
            assertThat(count(c, "select count(*) from plan_version_counter v where v.last_version_no <> (select"
                    + " max(version_no) from plan_record p where p.patient_id = v.patient_id)"))
                .isZero();
            // about 90 days x 3 doses for most patients; misses and late doses among them
            assertThat(count(c, "select count(*) from diary_entry where kind = 'dose'")).isGreaterThan(30 * 40);
            assertThat(count(c, "select count(*) from diary_entry where kind = 'dose' and dose_status = 'SKIPPED'"))
                .isPositive();
            assertThat(count(c, "select count(*) from diary_entry where kind <> 'dose'")).isGreaterThan(30 * 20);
            assertThat(count(c, "select count(*) from diary_entry d where d.recorded_by not in (select username from"
                    + " app_user)"))
                .isZero();
            assertThat(count(c, "select count(*) from follow_up_alert where status not in ('OPEN', 'ACKNOWLEDGED')"))
                .isZero();
        }
    }

    @Test
    void the_same_seed_gives_the_same_content_and_another_seed_does_not() throws Exception {
        assertThat(generate("gena", 11)).isZero();
        assertThat(generate("genb", 11)).isZero();
        assertThat(generate("genc", 12)).isZero();
        String a = contentHash("gena");
        assertThat(contentHash("genb")).isEqualTo(a);
        assertThat(contentHash("genc")).isNotEqualTo(a);
    }

    @Test
    void bad_input_is_a_message_and_exit_code_2() {
        assertThat(DemoCommand.run("generate", "--patients", "0", "--days", "10")).isEqualTo(2);
        assertThat(DemoCommand.run("generate", "--patients", "5")).isEqualTo(2);
        assertThat(DemoCommand.run("generate", "--patients", "5", "--days", "10", "--bogus")).isEqualTo(2);
    }

    /**
     * A digest of every generated table's content without ids and without the password
     * hashes (salted), patients identified by their login.
     */
    private static String contentHash(String db) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        String who = "(select username from app_user u where u.patient_id = %s)";
        String[] queries = { "select name, created_at from care_team order by name",
                "select username, display_name, role, enabled from app_user order by username",
                "select " + who.formatted("p.id") + ", name, date_of_birth, sex, weight_kg, creatinine_value,"
                        + " creatinine_unit, creatinine_date, dialysis, indication, time_zone, created_at from patient p"
                        + " order by 1",
                "select " + who.formatted("c.patient") + ", condition_id from patient_condition c order by 1, 2",
                "select " + who.formatted("m.patient") + ", patient_key, name from patient_medication m order by 1, 2",
                "select " + who.formatted("p.patient_id") + ", version_no, kind, status, effective_from,"
                        + " superseded_on, request_json, plan_json, max_severity, created_by, created_at from"
                        + " plan_record p order by 1, 2",
                "select " + who.formatted("d.patient_id") + ", client_id, kind, taken_at, at_offset_seconds,"
                        + " dose_status, mg, int_value, int_severity, effect, effect_severity, note, recorded_by,"
                        + " recorded_at from diary_entry d order by 1, 2",
                "select " + who.formatted("a.patient_id") + ", code, severity, since, message, status from"
                        + " follow_up_alert a order by 1, 2",
                "select " + who.formatted("r.patient_id") + ", filled_at, residual_ml, volume_ml,"
                        + " concentration_mcg_ml, dose_mcg_day from pump_refill r order by 1, 2" };
        try (Connection c = DriverManager.getConnection(url(db), "sa", ""); Statement s = c.createStatement()) {
            for (String q : queries) {
                try (ResultSet rs = s.executeQuery(q)) {
                    ResultSetMetaData m = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        md.update(row.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
