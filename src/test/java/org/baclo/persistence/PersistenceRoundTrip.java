package org.baclo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
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

/**
 * The persistence layer against one database: the Flyway migrations, the Spring Data JDBC mappings of the records
 * and the hand-written SQL. The same body runs on H2 ({@link PersistenceH2Test}, every build) and on PostgreSQL
 * ({@link PersistencePostgresIT}). Add a test here for each new repository or query, so both databases check it.
 *
 * <p>The test context (and so the database) is shared by the test methods: every test uses its own names.
 */
@SpringBootTest
@Import(TestKnowledge.class)
abstract class PersistenceRoundTrip {
    private static final List<String> TABLES = List.of("care_team", "patient", "patient_condition",
            "patient_medication", "app_user", "care_team_member", "api_token", "audit_event");

    @Autowired
    AppUserRepository users;
    @Autowired
    CareTeamRepository teams;
    @Autowired
    AuditEventRepository events;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
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

    @Test
    void flyway_migrated_every_table() {
        assertThat(jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"version\" = '1' and \"success\" = true", Integer.class))
                .isEqualTo(1);
        List<String> tables = jdbc.queryForList("select lower(table_name) from information_schema.tables"
                + " where lower(table_schema) = 'public'", String.class);
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
        CareTeam team = teams.save(new CareTeam(null, name("Neuro"), now,
                Set.of(new CareTeamMember(a.id()), new CareTeamMember(b.id()))));

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
        events.saveAll(List.of(
                new AuditEvent(null, t0, user, "CLINICIAN", "PATIENT_READ", 11L, "OK", null),
                new AuditEvent(null, t0.plusSeconds(60), user, "CLINICIAN", "PATIENT_UPDATE", 11L, "OK", "dose"),
                new AuditEvent(null, t0.plusSeconds(120), user, "CLINICIAN", "PATIENT_READ", 12L, "DENIED", null),
                new AuditEvent(null, t0.plusSeconds(180), name("other"), "ADMIN", "PATIENT_READ", 11L, "OK",
                        null)));

        List<AuditEvent> byUser = audit.search(new AuditFilter(user.toUpperCase(), null, null, null, null, null));
        assertThat(byUser).extracting(AuditEvent::occurredAt)
                .containsExactly(t0.plusSeconds(120), t0.plusSeconds(60), t0);

        assertThat(audit.search(new AuditFilter(user, 11L, null, null, null, null)))
                .extracting(AuditEvent::action).containsExactly("PATIENT_UPDATE", "PATIENT_READ");
        assertThat(audit.search(new AuditFilter(user, null, "PATIENT_READ", null, null, null)))
                .extracting(AuditEvent::patientId).containsExactly(12L, 11L);
        assertThat(audit.search(new AuditFilter(user, null, null, t0.plusSeconds(60), t0.plusSeconds(120), null)))
                .extracting(AuditEvent::detail).containsExactly("dose");
        assertThat(audit.search(new AuditFilter(user, null, null, null, null, 1)))
                .singleElement().extracting(AuditEvent::outcome).isEqualTo("DENIED");
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
}
