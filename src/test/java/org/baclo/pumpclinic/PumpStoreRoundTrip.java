package org.baclo.pumpclinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientRepository;
import org.baclo.pump.Origin;
import org.baclo.pump.Screening;
import org.baclo.security.CareTeam;
import org.baclo.security.CareTeamRepository;
import org.baclo.units.Micrograms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link PumpStore} on one database: continuous and flexed prescriptions (migration V61)
 * stored and read back, the checks of the periods table, and the screening trial (V62).
 * The same body runs on H2 ({@link PumpStoreH2Test}) and on PostgreSQL
 * ({@link PumpStorePostgresIT}).
 */
@DataJdbcTest
@Import({ PumpStore.class, ScreeningStore.class })
abstract class PumpStoreRoundTrip {

    @Autowired
    PumpStore store;

    @Autowired
    ScreeningStore screening;

    @Autowired
    CareTeamRepository teams;

    @Autowired
    PatientRepository patients;

    @Autowired
    JdbcTemplate jdbc;

    long patientId;

    @BeforeEach
    void patientWithAPump() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CareTeam team = teams.save(new CareTeam(null, "Store team " + unique, now, Set.of()));
        patientId = patients
            .save(new Patient(null, team.id(), "Store patient " + unique, LocalDate.of(1970, 1, 1), "male",
                    new BigDecimal("80"), new BigDecimal("1"), "mg/dL", LocalDate.now(), null, false, false,
                    "ms-spasticity", "Europe/London", now, now, null, Set.of(), List.of()))
            .id();
        store.save(new PumpRecord(patientId, "SynchroMed II", new BigDecimal("20"), new BigDecimal("2"), null,
                Origin.SPINAL, null, 7), "dr", now);
    }

    @Test
    void continuous_and_flexed_prescriptions_round_trip_in_order() {
        Instant now = Instant.now();
        LocalDateTime t0 = LocalDateTime.of(2026, 11, 1, 0, 0);
        store.insertPrescription(patientId, t0, new BigDecimal("500"), new BigDecimal("400"), List.of(), "refill", null,
                "dr", now);
        List<PeriodRow> periods = List.of(new PeriodRow(LocalTime.of(22, 0), LocalTime.of(6, 30), new BigDecimal("10")),
                new PeriodRow(LocalTime.of(6, 30), LocalTime.of(22, 0), new BigDecimal("25.5")));
        store.insertPrescription(patientId, t0.plusDays(1), new BigDecimal("500"), new BigDecimal("480.75"), periods,
                null, "WARNING X: y", "dr", now);

        List<PrescriptionRow> rows = store.prescriptions(patientId);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).mode()).isEqualTo("continuous");
        assertThat(rows.get(0).periods()).isEmpty();
        assertThat(rows.get(0).describe()).isEqualTo("400 mcg/day");
        PrescriptionRow flexed = rows.get(1);
        assertThat(flexed.mode()).isEqualTo("flexed");
        assertThat(flexed.doseMcgDay()).isEqualByComparingTo("480.75");
        assertThat(flexed.periods()).extracting(PeriodRow::start)
            .containsExactly(LocalTime.of(22, 0), LocalTime.of(6, 30));
        assertThat(flexed.periods().get(1).mcgPerHour()).isEqualByComparingTo("25.5");
        assertThat(flexed.describe()).contains("22:00–06:30 10 mcg/h").contains("06:30–22:00 25.5 mcg/h");
        // the core reads the stored periods back: 8.5 h × 10 + 15.5 h × 25.5 = 480.25
        // mcg/day
        assertThat(Programmes.prescription(flexed).dailyDose().value()).isEqualByComparingTo("480.25");
    }

    @Test
    void the_tables_refuse_an_unknown_mode_and_a_zero_rate() {
        store.insertPrescription(patientId, LocalDateTime.of(2026, 11, 1, 0, 0), new BigDecimal("500"),
                new BigDecimal("400"), List.of(), null, null, "dr", Instant.now());
        long id = store.prescriptions(patientId).get(0).id();
        assertThatThrownBy(() -> jdbc.update("update pump_prescription set mode = 'PULSED' where id = ?", id))
            .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("insert into pump_prescription_period (prescription_id, seq, start_time,"
                + " end_time, mcg_per_hour) values (?, 0, time '00:00', time '08:00', 0)", id))
            .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("insert into pump_prescription_period (prescription_id, seq, start_time,"
                + " end_time, mcg_per_hour) values (?, 0, time '08:00', time '08:00', 5)", id))
            .isInstanceOf(DataAccessException.class);
    }

    @Test
    void a_screening_trial_is_replaced_and_read_back_in_order() {
        Instant now = Instant.now();
        screening.replace(patientId, List.of(new Screening.Bolus(Micrograms.of("50"), false, Optional.empty())), "dr",
                now);
        List<Screening.Bolus> trial = List.of(new Screening.Bolus(Micrograms.of("50"), false, Optional.empty()),
                new Screening.Bolus(Micrograms.of("75"), true, Optional.of(Duration.ofMinutes(390))));
        screening.replace(patientId, trial, "dr", now);
        List<Screening.Bolus> read = screening.boluses(patientId);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).dose().value()).isEqualByComparingTo("50");
        assertThat(read.get(0).effectLasted()).isEmpty();
        assertThat(read.get(1).response()).isTrue();
        assertThat(read.get(1).effectLasted()).contains(Duration.ofMinutes(390));
        // a duration without a response, a fourth bolus: refused by the table
        assertThatThrownBy(() -> jdbc.update("insert into pump_screening_bolus (patient_id, seq, dose_mcg, response,"
                + " effect_minutes, recorded_at, recorded_by) values (?, 2, 100, false, 60, current_timestamp, 'x')",
                patientId))
            .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("insert into pump_screening_bolus (patient_id, seq, dose_mcg, response,"
                + " effect_minutes, recorded_at, recorded_by) values (?, 3, 100, false, null, current_timestamp, 'x')",
                patientId))
            .isInstanceOf(DataAccessException.class);
    }

}
