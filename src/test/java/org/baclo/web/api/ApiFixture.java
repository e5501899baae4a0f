package org.baclo.web.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientMedication;
import org.baclo.patient.PatientRepository;
import org.baclo.plan.PlanRequest;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.ApiTokenService;
import org.baclo.security.AppUser;
import org.baclo.security.AppUserRepository;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.CareTeam;
import org.baclo.security.CareTeamMember;
import org.baclo.security.CareTeamRepository;
import org.baclo.security.Role;

/**
 * A small clinic for API tests: team A with clinician {@code clinician} and patient A
 * (whose login is {@code patient}); team B with clinician {@code otherClinician} and
 * patient B ({@code otherPatient}); an admin. Every actor has a bearer token (cheap to
 * check, unlike a password hash).
 */
final class ApiFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    enum Actor {

        ANONYMOUS, PATIENT, OTHER_PATIENT, CLINICIAN, OTHER_CLINICIAN, ADMIN

    }

    final long patientA;

    final long patientB;

    final long teamA;

    final AppUser clinician;

    final java.util.Map<Actor, String> tokens = new java.util.EnumMap<>(Actor.class);

    final java.util.Map<Actor, AppUser> users = new java.util.EnumMap<>(Actor.class);

    private final PlanWorkflow plans;

    ApiFixture(AppUserRepository userRepo, CareTeamRepository teams, PatientRepository patients,
            ApiTokenService tokenService, PlanWorkflow plans, Clock clock) {
        this.plans = plans;
        String tag = "t" + SEQ.incrementAndGet() + "x" + System.nanoTime() % 100000;
        clinician = user(userRepo, tag + "-clin", Role.CLINICIAN, null, clock);
        AppUser otherClin = user(userRepo, tag + "-clin2", Role.CLINICIAN, null, clock);
        CareTeam a = teams
            .save(new CareTeam(null, tag + " team A", clock.instant(), Set.of(new CareTeamMember(clinician.id()))));
        CareTeam b = teams
            .save(new CareTeam(null, tag + " team B", clock.instant(), Set.of(new CareTeamMember(otherClin.id()))));
        teamA = a.id();
        patientA = patients.save(patient(a.id(), tag + " Patient A", clock)).id();
        patientB = patients.save(patient(b.id(), tag + " Patient B", clock)).id();
        users.put(Actor.CLINICIAN, clinician);
        users.put(Actor.OTHER_CLINICIAN, otherClin);
        users.put(Actor.PATIENT, user(userRepo, tag + "-pat", Role.PATIENT, patientA, clock));
        users.put(Actor.OTHER_PATIENT, user(userRepo, tag + "-pat2", Role.PATIENT, patientB, clock));
        users.put(Actor.ADMIN, user(userRepo, tag + "-admin", Role.ADMIN, null, clock));
        users.forEach((actor, u) -> tokens.put(actor, tokenService.create(u.id(), "test").plainText()));
    }

    static Patient patient(long team, String name, Clock clock) {
        return new Patient(null, team, name, LocalDate.of(1980, 1, 1), "male", new BigDecimal("80"),
                new BigDecimal("1.0"), "mg/dL", LocalDate.now(clock).minusDays(3), null, false, false, "ms-spasticity",
                "Europe/London", clock.instant(), clock.instant(), null, Set.of(),
                List.of(new PatientMedication("oxycodone")));
    }

    private static AppUser user(AppUserRepository repo, String name, Role role, Long patientId, Clock clock) {
        return repo.save(AppUser.create(name, name, "{noop}unused-" + name, role, patientId, clock.instant()));
    }

    BacloPrincipal principal(Actor a) {
        AppUser u = users.get(a);
        return new BacloPrincipal(u.id(), u.username(), u.displayName(), u.passwordHash(), u.role(), true, false,
                u.patientId());
    }

    /** A new draft titration plan for patient A, made by the team's clinician. */
    long newDraft() {
        return plans
            .create(principal(Actor.CLINICIAN), patientA,
                    new PlanRequest("titrate", new BigDecimal("30"), null, null, null, null, "tablet", null, null, null,
                            null, null, null, null))
            .id();
    }

    static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet() + "n" + System.nanoTime() % 1000000;
    }

}
