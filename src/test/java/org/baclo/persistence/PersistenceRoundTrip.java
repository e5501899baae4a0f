package org.baclo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.baclo.knowledge.Severity;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientCondition;
import org.baclo.patient.PatientMedication;
import org.baclo.patient.PatientRepository;
import org.baclo.plan.PlanRecord;
import org.baclo.plan.PlanRecordRepository;
import org.baclo.plan.PlanStatus;
import org.baclo.plan.PlanVersions;
import org.baclo.security.AppUser;
import org.baclo.security.AppUserRepository;
import org.baclo.security.AuditEvent;
import org.baclo.security.AuditEventRepository;
import org.baclo.security.AuditFilter;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.CareTeam;
import org.baclo.security.CareTeamMember;
import org.baclo.security.CareTeamRepository;
import org.baclo.security.Role;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The persistence layer against one database: the Flyway migrations, the Spring Data JDBC
 * mappings of the records and the hand-written SQL. The same body runs on H2
 * ({@link PersistenceH2Test}, every build) and on PostgreSQL
 * ({@link PersistencePostgresIT}). Add a test here for each new repository or query, so
 * both databases check it.
 *
 * <p>
 * The test context (and so the database) is shared by the test methods: every test uses
 * its own names.
 */
@SpringBootTest
@Import(TestKnowledge.class)
abstract class PersistenceRoundTrip {

    private static final List<String> TABLES = List.of("care_team", "patient", "patient_condition",
            "patient_medication", "app_user", "care_team_member", "api_token", "audit_event", "plan_record",
            "login_failure", "spring_session", "spring_session_attributes", "diary_entry", "follow_up_alert",
            "calendar_token", "job_lease", "plan_version_counter");

    @Autowired
    AppUserRepository users;

    @Autowired
    CareTeamRepository teams;

    @Autowired
    AuditEventRepository events;

    @Autowired
    AuditService audit;

    @Autowired
    PatientRepository patients;

    @Autowired
    PlanRecordRepository plans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanVersions versions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    /** The database product name the subclass runs on, as JDBC reports it. */
    abstract String expectedDatabaseProduct();

    private String unique;

    @BeforeEach
    void uniqueNames() {
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private String name(String base) {
        return base + "-" + unique;
    }

    private AppUser newUser(String base, Role role) {
        return AppUser.create(name(base), "Dr " + base, "{noop}secret", role, null,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void runs_on_the_expected_database() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
    }

    /**
     * The versions of the migration files shipped in db/migration, in version order
     * ("3_2" → "3.2").
     */
    static List<String> shippedMigrationVersions() {
        try {
            var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
            return java.util.Arrays.stream(resolver.getResources("classpath:db/migration/V*__*.sql"))
                .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")).replace('_', '.'))
                .sorted(java.util.Comparator.comparing(
                        v -> java.util.Arrays.stream(v.split("\\.")).mapToInt(Integer::parseInt).boxed().toList(),
                        (a, b) -> {
                            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                                int x = i < a.size() ? a.get(i) : 0;
                                int y = i < b.size() ? b.get(i) : 0;
                                if (x != y) {
                                    return Integer.compare(x, y);
                                }
                            }
                            return 0;
                        }))
                .toList();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void flyway_migrated_every_table() {
        assertThat(jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                + " and \"version\" is not null order by \"installed_rank\"", String.class))
            .containsExactlyElementsOf(shippedMigrationVersions());
        List<String> tables = jdbc.queryForList(
                "select lower(table_name) from information_schema.tables" + " where lower(table_schema) = 'public'",
                String.class);
        assertThat(tables).containsAll(TABLES);
    }

    @Test
    void user_round_trip_with_case_insensitive_lookup_and_versioning() {
        AppUser saved = users.save(newUser("Alice", Role.CLINICIAN));
        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isNotNull();

        AppUser found = users.findByUsernameIgnoreCase(name("alice").toUpperCase()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.createdAt()).isEqualTo(saved.createdAt());
        assertThat(found.lockedUntil()).isNull();

        Instant lockedUntil = Instant.parse("2030-01-02T03:04:05.123456Z");
        AppUser locked = users.save(found.withFailedLogins(3, lockedUntil));
        assertThat(locked.version()).isGreaterThan(found.version());
        AppUser reloaded = users.findById(saved.id()).orElseThrow();
        assertThat(reloaded.failedLogins()).isEqualTo(3);
        assertThat(reloaded.lockedUntil()).isEqualTo(lockedUntil);
        assertThat(reloaded.isLockedAt(Instant.parse("2030-01-01T00:00:00Z"))).isTrue();
        assertThat(users.existsByRole(Role.CLINICIAN)).isTrue();
    }

    @Test
    void a_stale_user_version_is_rejected() {
        AppUser saved = users.save(newUser("stale", Role.PATIENT));
        users.save(saved.withEnabled(false));
        assertThatThrownBy(() -> users.save(saved.withPasswordHash("{noop}other")))
            .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(users.findById(saved.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void usernames_are_unique() {
        users.save(newUser("twin", Role.CLINICIAN));
        assertThatThrownBy(() -> users.save(newUser("twin", Role.ADMIN))).isInstanceOf(DataAccessException.class);
    }

    @Test
    void care_team_round_trip_with_members() {
        AppUser a = users.save(newUser("member-a", Role.CLINICIAN));
        AppUser b = users.save(newUser("member-b", Role.CLINICIAN));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CareTeam team = teams.save(
                new CareTeam(null, name("Neuro"), now, Set.of(new CareTeamMember(a.id()), new CareTeamMember(b.id()))));

        CareTeam found = teams.findByNameIgnoreCase(name("neuro").toUpperCase()).orElseThrow();
        assertThat(found.id()).isEqualTo(team.id());
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.members()).containsExactlyInAnyOrder(new CareTeamMember(a.id()), new CareTeamMember(b.id()));
        assertThat(found.hasMember(a.id())).isTrue();
        assertThat(teams.findTeamIdsOfUser(b.id())).containsExactly(team.id());

        teams.save(found.withMembers(Set.of(new CareTeamMember(a.id()))));
        CareTeam reloaded = teams.findById(team.id()).orElseThrow();
        assertThat(reloaded.members()).containsExactly(new CareTeamMember(a.id()));
        assertThat(teams.findTeamIdsOfUser(b.id())).isEmpty();
        assertThat(teams.findAllByOrderByNameAsc()).extracting(CareTeam::name).contains(name("Neuro"));
    }

    @Test
    void audit_search_filters_and_orders_newest_first() {
        String user = name("auditor");
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        events.saveAll(List.of(new AuditEvent(null, t0, user, "CLINICIAN", "PATIENT_READ", 11L, "OK", null),
                new AuditEvent(null, t0.plusSeconds(60), user, "CLINICIAN", "PATIENT_UPDATE", 11L, "OK", "dose"),
                new AuditEvent(null, t0.plusSeconds(120), user, "CLINICIAN", "PATIENT_READ", 12L, "DENIED", null),
                new AuditEvent(null, t0.plusSeconds(180), name("other"), "ADMIN", "PATIENT_READ", 11L, "OK", null)));

        List<AuditEvent> byUser = audit.search(new AuditFilter(user.toUpperCase(), null, null, null, null, null));
        assertThat(byUser).extracting(AuditEvent::occurredAt)
            .containsExactly(t0.plusSeconds(120), t0.plusSeconds(60), t0);

        assertThat(audit.search(new AuditFilter(user, 11L, null, null, null, null))).extracting(AuditEvent::action)
            .containsExactly("PATIENT_UPDATE", "PATIENT_READ");
        assertThat(audit.search(new AuditFilter(user, null, "PATIENT_READ", null, null, null)))
            .extracting(AuditEvent::patientId)
            .containsExactly(12L, 11L);
        assertThat(audit.search(new AuditFilter(user, null, null, t0.plusSeconds(60), t0.plusSeconds(120), null)))
            .extracting(AuditEvent::detail)
            .containsExactly("dose");
        assertThat(audit.search(new AuditFilter(user, null, null, null, null, 1))).singleElement()
            .extracting(AuditEvent::outcome)
            .isEqualTo("DENIED");
    }

    @Test
    void audit_record_as_is_searchable() {
        String user = name("login");
        Instant before = Instant.now().minusSeconds(5);
        audit.recordAs(user, Role.PATIENT, "LOGIN", null, AuditOutcome.DENIED, "bad credentials");

        List<AuditEvent> found = audit.search(new AuditFilter(user, null, "LOGIN", before, null, null));
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.role()).isEqualTo("PATIENT");
            assertThat(e.outcome()).isEqualTo("DENIED");
            assertThat(e.patientId()).isNull();
            assertThat(e.occurredAt()).isAfter(before);
        });
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private CareTeam newTeam(String base) {
        return teams.save(new CareTeam(null, name(base), now(), Set.of()));
    }

    private static Patient newPatient(long team, String name, List<String> medications, String... conditions) {
        Instant at = now();
        return new Patient(null, team, name, LocalDate.of(1954, 2, 28), "female", new BigDecimal("60.5"),
                new BigDecimal("1.40"), "mg/dL", LocalDate.of(2026, 3, 1), null, false, false, "ms-spasticity",
                "Europe/London", at, at, null,
                Arrays.stream(conditions).map(PatientCondition::new).collect(Collectors.toSet()),
                medications.stream().map(PatientMedication::new).toList(), new BigDecimal("162.5"));
    }

    private static Patient withMedications(Patient p, List<String> medications) {
        return new Patient(p.id(), p.careTeamId(), p.name(), p.dateOfBirth(), p.sex(), p.weightKg(),
                p.creatinineValue(), p.creatinineUnit(), p.creatinineDate(), p.measuredCrclMlMin(), p.dialysis(),
                p.pregnant(), p.indication(), p.timeZone(), p.createdAt(), now(), p.version(), p.conditions(),
                medications.stream().map(PatientMedication::new).toList(), p.heightCm());
    }

    private static PlanRecord newPlan(long patientId, int versionNo, PlanStatus status, String planJson) {
        return new PlanRecord(null, patientId, versionNo, "titrate", status, LocalDate.of(2026, 3, 2), null, null,
                "{\"kind\":\"titrate\"}", planJson, Severity.WARNING, null, "dr-" + versionNo, now(), null, null, null);
    }

    @Test
    void patient_round_trip_keeps_the_conditions_and_the_order_of_the_medications() {
        CareTeam team = newTeam("Renal");
        List<String> meds = List.of("Xanax", "oxycodone", "Amitriptyline", "baclofen-free text");
        Patient saved = patients.save(newPatient(team.id(), name("Ada"), meds, "epilepsy", "diabetes"));
        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isNotNull();

        Patient found = patients.findById(saved.id()).orElseThrow();
        assertThat(found.careTeamId()).isEqualTo(team.id());
        assertThat(found.medicationNames()).containsExactlyElementsOf(meds);
        assertThat(found.conditionIds()).containsExactly("diabetes", "epilepsy");
        assertThat(found.conditions()).containsExactlyInAnyOrder(new PatientCondition("epilepsy"),
                new PatientCondition("diabetes"));
        assertThat(found.weightKg()).isEqualByComparingTo("60.5");
        assertThat(found.heightCm()).isEqualByComparingTo("162.5");
        assertThat(found.creatinineValue()).isEqualByComparingTo("1.4");
        assertThat(found.measuredCrclMlMin()).isNull();
        assertThat(found.dateOfBirth()).isEqualTo(LocalDate.of(1954, 2, 28));
        assertThat(found.creatinineDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(found.createdAt()).isEqualTo(saved.createdAt());

        // Reordered and shortened: the list is stored again in its new order; the
        // conditions stay.
        List<String> reordered = List.of("oxycodone", "Xanax");
        Patient updated = patients.save(withMedications(found, reordered));
        assertThat(updated.version()).isGreaterThan(found.version());
        Patient reloaded = patients.findById(saved.id()).orElseThrow();
        assertThat(reloaded.medicationNames()).containsExactlyElementsOf(reordered);
        assertThat(reloaded.conditionIds()).containsExactly("diabetes", "epilepsy");
        assertThat(reloaded.heightCm()).isEqualByComparingTo("162.5");
        assertThat(jdbc.queryForObject("select count(*) from patient_medication where patient = ?", Integer.class,
                saved.id()))
            .isEqualTo(2);
    }

    @Test
    void a_stale_patient_version_is_rejected() {
        CareTeam team = newTeam("Stale ward");
        Patient saved = patients.save(newPatient(team.id(), name("Stale"), List.of("Xanax")));
        patients.save(withMedications(saved, List.of("oxycodone")));

        assertThatThrownBy(() -> patients.save(withMedications(saved, List.of("codeine"))))
            .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(patients.findById(saved.id()).orElseThrow().medicationNames()).containsExactly("oxycodone");
    }

    @Test
    void patients_of_care_teams_by_name() {
        CareTeam a = newTeam("Team A");
        CareTeam b = newTeam("Team B");
        CareTeam other = newTeam("Team C");
        patients.save(newPatient(a.id(), name("Zoe"), List.of()));
        patients.save(newPatient(b.id(), name("Bob"), List.of()));
        patients.save(newPatient(a.id(), name("Mia"), List.of("Xanax")));
        patients.save(newPatient(other.id(), name("Ann"), List.of()));

        assertThat(patients.findAllByCareTeamIdInOrderByNameAsc(List.of(a.id(), b.id()))).extracting(Patient::name)
            .containsExactly(name("Bob"), name("Mia"), name("Zoe"));
        assertThat(patients.findAllByCareTeamIdInOrderByNameAsc(List.of(b.id()))).extracting(Patient::name)
            .containsExactly(name("Bob"));
        assertThat(patients.findAllByCareTeamIdInOrderByNameAsc(List.of(a.id())))
            .filteredOn(p -> p.name().equals(name("Mia")))
            .singleElement()
            .extracting(Patient::medicationNames)
            .isEqualTo(List.of("Xanax"));
    }

    @Test
    void plan_records_by_patient_version_and_status() {
        CareTeam team = newTeam("Plans");
        long patient = patients.save(newPatient(team.id(), name("Planned"), List.of())).id();
        long otherPatient = patients.save(newPatient(team.id(), name("Other"), List.of())).id();

        // A plan document larger than any varchar(n) default: stored as a string on both
        // databases.
        String bigJson = "{\"steps\":[" + "{\"mg\":5},".repeat(40_000) + "{\"mg\":5}]}";
        PlanRecord v1 = plans.save(newPlan(patient, 1, PlanStatus.SUPERSEDED, bigJson));
        PlanRecord v2 = plans.save(newPlan(patient, 2, PlanStatus.ACTIVE, "{}"));
        PlanRecord v3 = plans.save(newPlan(patient, 3, PlanStatus.DRAFT, "{}"));
        plans.save(newPlan(otherPatient, 1, PlanStatus.ACTIVE, "{}"));

        // The version counter starts from the plans already stored, then counts on per
        // patient.
        assertThat(inTransaction(() -> versions.next(patient))).isEqualTo(4);
        assertThat(inTransaction(() -> versions.next(patient))).isEqualTo(5);
        assertThat(inTransaction(() -> versions.next(otherPatient))).isEqualTo(2);
        assertThat(plans.findAllByPatientIdAndStatus(patient, PlanStatus.ACTIVE)).extracting(PlanRecord::id)
            .containsExactly(v2.id());
        assertThat(plans.findAllByPatientIdAndStatus(patient, PlanStatus.DRAFT)).extracting(PlanRecord::id)
            .containsExactly(v3.id());
        assertThat(plans.findAllByPatientIdOrderByVersionNoDesc(patient)).extracting(PlanRecord::versionNo)
            .containsExactly(3, 2, 1);

        PlanRecord found = plans.findByIdAndPatientId(v1.id(), patient).orElseThrow();
        assertThat(found.planJson()).isEqualTo(bigJson);
        assertThat(found.status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(found.createdAt()).isEqualTo(v1.createdAt());
        assertThat(found.effectiveFrom()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(plans.findByIdAndPatientId(v1.id(), otherPatient)).isEmpty();
    }

    @Test
    void a_plan_version_number_is_unique_per_patient_and_plan_versions_are_checked() {
        CareTeam team = newTeam("Unique plans");
        long patient = patients.save(newPatient(team.id(), name("Twice"), List.of())).id();
        PlanRecord v1 = plans.save(newPlan(patient, 1, PlanStatus.DRAFT, "{}"));

        assertThatThrownBy(() -> plans.save(newPlan(patient, 1, PlanStatus.DRAFT, "{}")))
            .isInstanceOf(DataAccessException.class);
        assertThat(plans.findAllByPatientIdOrderByVersionNoDesc(patient)).extracting(PlanRecord::id)
            .containsExactly(v1.id());

        // Optimistic locking: a second writer holding the old version loses.
        PlanRecord active = new PlanRecord(v1.id(), patient, 1, v1.kind(), PlanStatus.ACTIVE, v1.effectiveFrom(), null,
                null, v1.requestJson(), v1.planJson(), v1.maxSeverity(), "reason typed here", v1.createdBy(),
                v1.createdAt(), "dr-active", now(), v1.version());
        plans.save(active);
        assertThatThrownBy(() -> plans.save(active)).isInstanceOf(OptimisticLockingFailureException.class);
        PlanRecord reloaded = plans.findById(v1.id()).orElseThrow();
        assertThat(reloaded.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(reloaded.overrideReason()).isEqualTo("reason typed here");
    }

    /**
     * Issue 8, item 1: a change and its audit row commit together; a rolled-back change
     * leaves no audit row.
     */
    @Test
    void an_audit_row_commits_and_rolls_back_with_its_change() {
        String committed = name("committed");
        String rolledBack = name("rolled-back");
        transactions.executeWithoutResult(
                s -> audit.recordAs(committed, Role.CLINICIAN, "PATIENT_UPDATE", 1L, AuditOutcome.OK, null));
        transactions.executeWithoutResult(s -> {
            audit.recordAs(rolledBack, Role.CLINICIAN, "PATIENT_UPDATE", 1L, AuditOutcome.OK, null);
            s.setRollbackOnly();
        });
        assertThat(audit.search(new AuditFilter(committed, null, null, null, null, null))).hasSize(1);
        assertThat(audit.search(new AuditFilter(rolledBack, null, null, null, null, null))).isEmpty();
    }

    /**
     * A refusal is audited even though the transaction it happened in rolls back (it is
     * written afterwards).
     */
    @Test
    void a_refusal_is_audited_although_its_transaction_rolls_back() {
        String refused = name("refused");
        String reader = name("reader");
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
            audit.recordAs(refused, Role.CLINICIAN, "PATIENT_READ", 1L, AuditOutcome.DENIED, null);
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(
                s -> audit.recordAs(reader, Role.CLINICIAN, "PATIENT_READ", 1L, AuditOutcome.OK, null));
        assertThat(audit.search(new AuditFilter(refused, null, null, null, null, null))).extracting(AuditEvent::outcome)
            .containsExactly("DENIED");
        assertThat(audit.search(new AuditFilter(reader, null, null, null, null, null))).hasSize(1);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

}
