package org.baclo.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes generated rows with JDBC batches on one connection. Ids come from the database's
 * identity columns (read back as generated keys), never from max(id) + 1. Not
 * thread-safe; close it to release its statements.
 */
final class GenWriter implements AutoCloseable {

    private final Connection c;

    private final PreparedStatement patient;

    private final PreparedStatement user;

    private final PreparedStatement condition;

    private final PreparedStatement medication;

    private final PreparedStatement plan;

    private final PreparedStatement superseded;

    private final PreparedStatement counter;

    private final PreparedStatement diary;

    private final PreparedStatement alert;

    private final PreparedStatement pump;

    private final PreparedStatement refill;

    private final PreparedStatement prescription;

    private final DiaryCopy copy;

    private long rows;

    GenWriter(Connection c) throws SQLException {
        this.c = c;
        c.setAutoCommit(false);
        this.copy = DiaryCopy.on(c);
        patient = c.prepareStatement("insert into patient (care_team_id, name, date_of_birth, sex, weight_kg,"
                + " creatinine_value, creatinine_unit, creatinine_date, measured_crcl_ml_min, dialysis, pregnant,"
                + " indication, time_zone, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, null, ?,"
                + " false, ?, ?, ?, ?, 0)", new String[] { "id" });
        user = c.prepareStatement("insert into app_user (username, display_name, password_hash, role, enabled,"
                + " patient_id, failed_logins, locked_until, created_at, version) values (?, ?, ?, ?, true, ?, 0,"
                + " null, ?, 0)", new String[] { "id" });
        condition = c.prepareStatement("insert into patient_condition (patient, condition_id) values (?, ?)");
        medication = c.prepareStatement("insert into patient_medication (patient, patient_key, name) values (?, ?, ?)");
        plan = c.prepareStatement("insert into plan_record (patient_id, version_no, kind, status, effective_from,"
                + " superseded_on, superseded_by, request_json, plan_json, max_severity, override_reason, created_by,"
                + " created_at, activated_by, activated_at, version) values (?, ?, ?, ?, ?, ?, null, ?, ?, ?, null, ?,"
                + " ?, ?, ?, 0)", new String[] { "id" });
        superseded = c.prepareStatement("update plan_record set superseded_by = ? where id = ?");
        counter = c.prepareStatement("insert into plan_version_counter (patient_id, last_version_no) values (?, ?)");
        diary = c.prepareStatement("insert into diary_entry (patient_id, client_id, kind, taken_at, at_offset_seconds,"
                + " dose_status, mg, int_value, int_severity, effect, effect_severity, seconds, muscle, side, grade,"
                + " note, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, ?,"
                + " ?, ?)");
        alert = c.prepareStatement("insert into follow_up_alert (patient_id, code, severity, since, message,"
                + " patient_message, source, status, open_key, opened_at, updated_at, acknowledged_by,"
                + " acknowledged_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        pump = c.prepareStatement("insert into pump (patient_id, model, reservoir_ml, alarm_ml, implant_date, origin,"
                + " catheter_tip, clinic_buffer_days, updated_at, updated_by, version) values (?, ?, ?, ?, ?, ?, null,"
                + " ?, ?, ?, 0)");
        refill = c.prepareStatement("insert into pump_refill (patient_id, filled_at, residual_ml, expected_residual_ml,"
                + " volume_ml, concentration_mcg_ml, dose_mcg_day, findings, recorded_at, recorded_by) values (?, ?, ?,"
                + " ?, ?, ?, ?, null, ?, ?)");
        prescription = c.prepareStatement("insert into pump_prescription (patient_id, valid_from,"
                + " concentration_mcg_ml, dose_mcg_day, reason, findings, recorded_at, recorded_by) values (?, ?, ?, ?,"
                + " ?, null, ?, ?)");
    }

    long rows() {
        return rows + (copy == null ? 0 : copy.sent());
    }

    long team(String name, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into care_team (name, created_at) values (?, ?)",
                new String[] { "id" })) {
            s.setString(1, name);
            s.setObject(2, utc(at));
            s.executeUpdate();
            rows++;
            return key(s);
        }
    }

    void member(long team, long user) throws SQLException {
        try (PreparedStatement s = c
            .prepareStatement("insert into care_team_member (care_team, app_user) values (?, ?)")) {
            s.setLong(1, team);
            s.setLong(2, user);
            s.executeUpdate();
            rows++;
        }
    }

    /** Adds a patient row to the batch; {@link #patients} runs it. */
    void addPatient(long team, GenPatient p, Instant at) throws SQLException {
        patient.setLong(1, team);
        patient.setString(2, p.name());
        patient.setObject(3, p.dateOfBirth());
        patient.setString(4, p.sex());
        patient.setBigDecimal(5, p.weightKg());
        patient.setBigDecimal(6, p.creatinineValue());
        patient.setString(7, p.creatinineUnit());
        patient.setObject(8, p.creatinineDate());
        patient.setBoolean(9, p.dialysis());
        patient.setString(10, p.indication());
        patient.setString(11, p.timeZone());
        patient.setObject(12, utc(at));
        patient.setObject(13, utc(at));
        patient.addBatch();
    }

    /** Runs the batched patient rows; their ids in order. */
    List<Long> patients() throws SQLException {
        return keys(patient);
    }

    void addUser(String username, String name, String hash, String role, Long patientId, Instant at)
            throws SQLException {
        user.setString(1, username);
        user.setString(2, name);
        user.setString(3, hash);
        user.setString(4, role);
        if (patientId == null) {
            user.setNull(5, Types.BIGINT);
        }
        else {
            user.setLong(5, patientId);
        }
        user.setObject(6, utc(at));
        user.addBatch();
    }

    List<Long> users() throws SQLException {
        return keys(user);
    }

    void addContext(long patientId, GenPatient p) throws SQLException {
        for (String cond : p.conditions()) {
            condition.setLong(1, patientId);
            condition.setString(2, cond);
            condition.addBatch();
        }
        for (int i = 0; i < p.medications().size(); i++) {
            medication.setLong(1, patientId);
            medication.setInt(2, i);
            medication.setString(3, p.medications().get(i));
            medication.addBatch();
        }
    }

    void addPlan(long patientId, int versionNo, PlanMaker.GenPlan g, String by, Instant created) throws SQLException {
        var d = g.drafted();
        plan.setLong(1, patientId);
        plan.setInt(2, versionNo);
        plan.setString(3, d.kind());
        plan.setString(4, g.status());
        plan.setObject(5, d.effectiveFrom());
        plan.setObject(6, g.supersededOn());
        plan.setString(7, d.requestJson());
        plan.setString(8, d.planJson());
        plan.setString(9, d.maxSeverity() == null ? null : d.maxSeverity().name());
        plan.setString(10, by);
        plan.setObject(11, utc(created));
        boolean activated = !"DRAFT".equals(g.status());
        plan.setString(12, activated ? by : null);
        plan.setObject(13, activated ? utc(created) : null);
        plan.addBatch();
    }

    List<Long> plans() throws SQLException {
        return keys(plan);
    }

    void addSuperseded(long planId, long byPlanId) throws SQLException {
        superseded.setLong(1, byPlanId);
        superseded.setLong(2, planId);
        superseded.addBatch();
    }

    void addCounter(long patientId, int last) throws SQLException {
        counter.setLong(1, patientId);
        counter.setInt(2, last);
        counter.addBatch();
    }

    void addDiary(long patientId, DiaryRow d, String by) throws SQLException {
        if (copy != null) {
            copy.add(patientId, d, by);
            return;
        }
        diary.setLong(1, patientId);
        diary.setString(2, d.clientId());
        diary.setString(3, d.kind());
        diary.setObject(4, d.at().withOffsetSameInstant(ZoneOffset.UTC));
        diary.setInt(5, d.at().getOffset().getTotalSeconds());
        diary.setString(6, d.doseStatus());
        diary.setBigDecimal(7, d.mg());
        diary.setObject(8, d.intValue(), Types.INTEGER);
        diary.setObject(9, d.intSeverity(), Types.INTEGER);
        diary.setString(10, d.effect());
        diary.setString(11, d.effectSeverity());
        diary.setBigDecimal(12, d.seconds());
        diary.setString(13, d.note());
        diary.setString(14, by);
        diary.setObject(15, d.recordedAt().withOffsetSameInstant(ZoneOffset.UTC));
        diary.addBatch();
        if (++pendingDiary >= 2000) {
            rows += diary.executeBatch().length;
            pendingDiary = 0;
        }
    }

    private int pendingDiary;

    void addAlert(long patientId, org.baclo.followup.Alert a, boolean acknowledged, String clinician, Instant now)
            throws SQLException {
        alert.setLong(1, patientId);
        alert.setString(2, a.code().name());
        alert.setString(3, a.severity().name());
        alert.setObject(4, utc(a.since()));
        alert.setString(5, cut(a.message(), 2000));
        alert.setString(6, cut(a.patientMessage(), 2000));
        alert.setString(7, cut(a.sourceText(), 200));
        alert.setString(8, acknowledged ? "ACKNOWLEDGED" : "OPEN");
        alert.setString(9, patientId + ":" + a.code().name());
        alert.setObject(10, utc(now));
        alert.setObject(11, utc(now));
        alert.setString(12, acknowledged ? clinician : null);
        alert.setObject(13, acknowledged ? utc(now) : null);
        alert.addBatch();
    }

    void addPump(long patientId, PumpMaker.GenPump p, String by, Instant now) throws SQLException {
        pump.setLong(1, patientId);
        pump.setString(2, p.model());
        pump.setBigDecimal(3, p.reservoirMl());
        pump.setBigDecimal(4, p.alarmMl());
        pump.setObject(5, p.implantDate());
        pump.setString(6, p.origin());
        pump.setInt(7, p.bufferDays());
        pump.setObject(8, utc(now));
        pump.setString(9, by);
        pump.addBatch();
        for (PumpMaker.GenRefill f : p.refills()) {
            refill.setLong(1, patientId);
            refill.setObject(2, f.at());
            refill.setBigDecimal(3, f.residualMl());
            refill.setBigDecimal(4, f.expectedMl());
            refill.setBigDecimal(5, f.volumeMl());
            refill.setBigDecimal(6, f.concentration());
            refill.setBigDecimal(7, f.doseMcgDay());
            refill.setObject(8, utc(f.at().toInstant(ZoneOffset.UTC)));
            refill.setString(9, by);
            refill.addBatch();
            prescription.setLong(1, patientId);
            prescription.setObject(2, f.at());
            prescription.setBigDecimal(3, f.concentration());
            prescription.setBigDecimal(4, f.doseMcgDay());
            prescription.setString(5, "refill");
            prescription.setObject(6, utc(f.at().toInstant(ZoneOffset.UTC)));
            prescription.setString(7, by);
            prescription.addBatch();
        }
    }

    /** Runs every pending batch and commits. */
    void commit() throws SQLException {
        for (PreparedStatement s : List.of(condition, medication, superseded, counter, diary, alert, pump, refill,
                prescription)) {
            rows += s.executeBatch().length;
        }
        pendingDiary = 0;
        if (copy != null) {
            copy.flush();
        }
        c.commit();
    }

    private List<Long> keys(PreparedStatement s) throws SQLException {
        rows += s.executeBatch().length;
        List<Long> out = new ArrayList<>();
        try (ResultSet k = s.getGeneratedKeys()) {
            while (k.next()) {
                out.add(k.getLong(1));
            }
        }
        return out;
    }

    private static long key(PreparedStatement s) throws SQLException {
        try (ResultSet k = s.getGeneratedKeys()) {
            k.next();
            return k.getLong(1);
        }
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static BigDecimal ml(double v) {
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static LocalDateTime noon(LocalDate d) {
        return d.atTime(10, 0);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(patient, user, condition, medication, plan, superseded, counter, diary,
                alert, pump, refill, prescription)) {
            s.close();
        }
    }

}
