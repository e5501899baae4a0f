package org.baclo.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientCondition;
import org.baclo.patient.PatientMedication;
import org.baclo.patient.PatientRepository;
import org.baclo.security.AppUser;
import org.baclo.security.AppUserRepository;
import org.baclo.security.CareTeam;
import org.baclo.security.CareTeamMember;
import org.baclo.security.CareTeamRepository;
import org.baclo.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode ({@code baclo serve --demo}): a care team, two clinicians, a patient login
 * and patients with realistic contexts and plans. Loaded once; on every demo start the
 * demo logins get fresh random passwords, printed to the console, so the printed logins
 * always work. Demo patients are fictional.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("baclo.demo")
class DemoData implements ApplicationRunner {

    static final String TEAM = "Demo neurology clinic";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final AppUserRepository users;

    private final CareTeamRepository teams;

    private final PatientRepository patients;

    private final PasswordEncoder encoder;

    private final DemoPlans plans;

    private final Clock clock;

    /**
     * Set to load demo data into a data folder that already holds a real clinic's users
     * (issue 14, item 8).
     */
    static final String ALLOW_EXISTING = "baclo.demo.allow-existing-data";

    private final boolean allowExisting;

    DemoData(AppUserRepository users, CareTeamRepository teams, PatientRepository patients, PasswordEncoder encoder,
            DemoPlans plans, Clock clock, @org.springframework.beans.factory.annotation.Value("${" + ALLOW_EXISTING
                    + ":false}") boolean allowExisting) {
        this.allowExisting = allowExisting;
        this.users = users;
        this.teams = teams;
        this.patients = patients;
        this.encoder = encoder;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<String> real = realUsers(users.findAllByOrderByUsernameAsc());
        if (!real.isEmpty() && !allowExisting) {
            throw new DemoRefusedException(real.size());
        }
        boolean fresh = teams.findByNameIgnoreCase(TEAM).isEmpty();
        List<String[]> logins = new ArrayList<>();
        AppUser clinician = login("demo-clinician", "Dr Demo Clinician", Role.CLINICIAN, null, logins);
        login("demo-colleague", "Dr Colleague (other team)", Role.CLINICIAN, null, logins);
        if (fresh) {
            CareTeam team = teams
                .save(new CareTeam(null, TEAM, clock.instant(), Set.of(new CareTeamMember(clinician.id()))));
            teams.save(new CareTeam(null, "Demo rehabilitation ward", clock.instant(),
                    Set.of(new CareTeamMember(users.findByUsernameIgnoreCase("demo-colleague").orElseThrow().id()))));
            List<Patient> created = createPatients(team.id());
            plans.create(created, clinician);
            login("demo-patient", created.get(0).name(), Role.PATIENT, created.get(0).id(), logins);
            LOG.info("Demo data loaded: {} patients", created.size());
        }
        else {
            users.findByUsernameIgnoreCase("demo-patient")
                .ifPresent(u -> login("demo-patient", u.displayName(), Role.PATIENT, u.patientId(), logins));
        }
        System.out.println();
        System.out.println("==================================================================");
        System.out.println(" Baclo demo mode: fictional patients in '" + TEAM + "'.");
        System.out.println(" Demo logins (new passwords on every demo start):");
        for (String[] l : logins) {
            System.out.printf("   %-15s %-28s password: %s%n", l[0], l[1], l[2]);
        }
        System.out.println("==================================================================");
        System.out.println();
    }

    /**
     * Clinician and patient accounts that are not the demo's own: a real clinic.
     * Administrators do not count (the first start of any data folder creates one).
     */
    static List<String> realUsers(List<AppUser> all) {
        return all.stream()
            .filter(u -> u.role() != Role.ADMIN && !u.username().startsWith("demo-"))
            .map(AppUser::username)
            .toList();
    }

    /** Demo mode refused: the data folder holds a real clinic. */
    static final class DemoRefusedException extends RuntimeException {

        DemoRefusedException(int realUsers) {
            super("This data folder already holds " + realUsers + " clinician or patient account(s) that are not"
                    + " demo accounts; demo mode would mix fictional patients into a real clinic.");
        }

    }

    private AppUser login(String username, String name, Role role, Long patientId, List<String[]> logins) {
        String password = org.baclo.security.Passwords.random();
        Optional<AppUser> existing = users.findByUsernameIgnoreCase(username);
        AppUser u = existing
            .map(e -> users
                .save(e.withPasswordHash(encoder.encode(password)).withEnabled(true).withFailedLogins(0, null)))
            .orElseGet(() -> users
                .save(AppUser.create(username, name, encoder.encode(password), role, patientId, clock.instant())));
        logins.add(new String[] { username, role.name().toLowerCase(), password });
        return u;
    }

    private List<Patient> createPatients(long team) {
        LocalDate today = LocalDate.now(clock);
        List<Patient> out = new ArrayList<>();
        out.add(patient(team, "Alex Morgan", today.minusYears(45).minusDays(40), "male", "80", "1.0", "mg/dL",
                today.minusDays(10), null, "ms-spasticity", Set.of(), List.of("vitamin D")));
        out.add(patient(team, "Margaret Ellis", today.minusYears(72).minusDays(100), "female", "60", "1.4", "mg/dL",
                today.minusDays(20), null, "ms-spasticity", Set.of("diabetes"), List.of("Xanax", "ramipril")));
        out.add(patient(team, "Samir Haddad", today.minusYears(34).minusDays(3), "male", "72", "88", "umol/L",
                today.minusDays(5), null, "spinal-cord-injury", Set.of("epilepsy", "autonomic-dysreflexia"),
                List.of("oxycodone", "levetiracetam", "oxybutynin")));
        out.add(patient(team, "Jo Baptiste", today.minusYears(58).minusDays(200), "female", "68", "2.1", "mg/dL",
                today.minusDays(150), null, "stroke", Set.of("respiratory-disease"),
                List.of("amlodipine", "Herbal sleep tea")));
        return out;
    }

    private Patient patient(long team, String name, LocalDate dob, String sex, String weight, String creat, String unit,
            LocalDate creatDate, String crcl, String indication, Set<String> conditions, List<String> meds) {
        var conds = new java.util.HashSet<PatientCondition>();
        conditions.forEach(c -> conds.add(new PatientCondition(c)));
        return patients.save(new Patient(null, team, name, dob, sex, new BigDecimal(weight),
                creat == null ? null : new BigDecimal(creat), creat == null ? null : unit, creatDate,
                crcl == null ? null : new BigDecimal(crcl), false, false, indication, "Europe/London", clock.instant(),
                clock.instant(), null, conds, meds.stream().map(PatientMedication::new).toList()));
    }

}
