package org.baclo.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.baclo.app.ConflictException;
import org.baclo.app.ForbiddenException;
import org.baclo.app.InvalidInputException;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patient records: list, read, create and edit, with access checks and an audit record
 * for every call.
 */
@Service
public class PatientService {

    private final PatientRepository patients;

    private final PatientAccess access;

    private final PatientValidator validator;

    private final AuditService audit;

    private final Clock clock;

    private final PatientLists lists;

    PatientService(PatientRepository patients, PatientAccess access, PatientValidator validator, AuditService audit,
            Clock clock, PatientLists lists) {
        this.patients = patients;
        this.lists = lists;
        this.access = access;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Patient> list(BacloPrincipal user) {
        if (user.is(Role.PATIENT)) {
            List<Patient> own = user.patientId() == null ? List.of()
                    : patients.findById(user.patientId()).stream().toList();
            audit.record("PATIENT_LIST", user.patientId(), AuditOutcome.OK, own.size() + " record(s)");
            return own;
        }
        if (!user.is(Role.CLINICIAN)) {
            audit.record("PATIENT_LIST", null, AuditOutcome.DENIED, "role " + user.role());
            throw new ForbiddenException("Only clinicians and patients can list patient records.");
        }
        List<Patient> list = lists.ofTeams(access.teamsOf(user));
        listed(list).forEach(d -> audit.record("PATIENT_LIST", null, AuditOutcome.OK, d));
        return list;
    }

    @Transactional(readOnly = true)
    public Patient get(BacloPrincipal user, long id) {
        Patient p = access.require(user, id, "PATIENT_READ");
        audit.record("PATIENT_READ", id, AuditOutcome.OK, null);
        return p;
    }

    @Transactional
    public Patient create(BacloPrincipal user, PatientForm form) {
        access.requireClinician(user, null, "PATIENT_CREATE");
        long team = chooseTeam(user, form.careTeamId());
        validateAudited(form, null, "PATIENT_CREATE");
        Instant now = clock.instant();
        Patient saved = patients.save(toPatient(null, team, form, now, now, null));
        audit.record("PATIENT_CREATE", saved.id(), AuditOutcome.OK, null);
        return saved;
    }

    @Transactional
    public Patient update(BacloPrincipal user, long id, PatientForm form) {
        access.requireClinician(user, id, "PATIENT_UPDATE");
        Patient old = access.require(user, id, "PATIENT_UPDATE");
        if (form.version() != null && !form.version().equals(old.version())) {
            audit.record("PATIENT_UPDATE", id, AuditOutcome.INVALID, "stale version " + form.version());
            throw new ConflictException("Patient " + id + " was changed since version " + form.version()
                    + ". Reload it and apply your change again.");
        }
        long team = form.careTeamId() == null ? old.careTeamId() : chooseTeam(user, form.careTeamId());
        validateAudited(form, id, "PATIENT_UPDATE");
        Patient saved = patients.save(toPatient(id, team, form, old.createdAt(), clock.instant(), old.version()));
        audit.record("PATIENT_UPDATE", id, AuditOutcome.OK, changed(old, saved));
        return saved;
    }

    private void validateAudited(PatientForm form, Long id, String action) {
        try {
            validator.check(form);
        }
        catch (InvalidInputException e) {
            audit.record(action, id, AuditOutcome.INVALID,
                    e.problems().stream().map(p -> p.field()).collect(Collectors.joining(", ")));
            throw e;
        }
    }

    private long chooseTeam(BacloPrincipal user, Long requested) {
        List<Long> teams = access.teamsOf(user);
        if (requested != null) {
            if (!teams.contains(requested)) {
                throw new InvalidInputException("careTeamId", "You are not a member of care team " + requested + ".");
            }
            return requested;
        }
        if (teams.size() == 1) {
            return teams.get(0);
        }
        throw new InvalidInputException("careTeamId",
                teams.isEmpty() ? "You are not on any care team yet; ask an administrator to add you to one."
                        : "Choose the care team for this patient.");
    }

    private static Patient toPatient(Long id, long team, PatientForm f, Instant created, Instant updated,
            Integer version) {
        boolean creat = f.creatinineValue() != null;
        Set<PatientCondition> conditions = new HashSet<>();
        f.conditions().forEach(c -> conditions.add(new PatientCondition(c)));
        return new Patient(id, team, f.name().trim(), f.dateOfBirth(), f.sex(), f.weightKg(),
                creat ? f.creatinineValue() : null, creat ? f.creatinineUnit() : null,
                creat ? f.creatinineDate() : null, creat ? null : f.measuredCrclMlMin(), f.isDialysis(), f.isPregnant(),
                f.indication(), f.timeZone(), created, updated, version, conditions,
                f.medications().stream().map(PatientMedication::new).toList(), f.heightCm());
    }

    /**
     * The audit details of a list read, naming every returned id ("3 record(s): ids 4, 9,
     * 12"); a long list is split over several details so each fits the audit column (1000
     * characters).
     */
    static List<String> listed(List<Patient> list) {
        String head = list.size() + " record(s)";
        if (list.isEmpty()) {
            return List.of(head);
        }
        List<String> out = new java.util.ArrayList<>();
        StringBuilder d = new StringBuilder(head).append(": ids ");
        int start = d.length();
        for (Patient p : list) {
            String id = String.valueOf(p.id());
            if (d.length() > start && d.length() + id.length() + 2 > 1000) {
                out.add(d.toString());
                d = new StringBuilder(head).append(" (continued): ids ");
                start = d.length();
            }
            d.append(d.length() > start ? ", " : "").append(id);
        }
        out.add(d.toString());
        return out;
    }

    /** Which fields changed, by name only (no clinical values in the audit detail). */
    private static String changed(Patient a, Patient b) {
        StringBuilder s = new StringBuilder("changed:");
        check(s, "name", a.name(), b.name());
        check(s, "dateOfBirth", a.dateOfBirth(), b.dateOfBirth());
        check(s, "sex", a.sex(), b.sex());
        check(s, "weightKg", a.weightKg(), b.weightKg());
        check(s, "heightCm", a.heightCm(), b.heightCm());
        check(s, "creatinine", a.creatinineValue(), b.creatinineValue());
        check(s, "creatinineDate", a.creatinineDate(), b.creatinineDate());
        check(s, "measuredCrcl", a.measuredCrclMlMin(), b.measuredCrclMlMin());
        check(s, "dialysis", a.dialysis(), b.dialysis());
        check(s, "pregnant", a.pregnant(), b.pregnant());
        check(s, "conditions", a.conditionIds(), b.conditionIds());
        check(s, "medications", a.medicationNames(), b.medicationNames());
        check(s, "indication", a.indication(), b.indication());
        check(s, "timeZone", a.timeZone(), b.timeZone());
        check(s, "careTeam", a.careTeamId(), b.careTeamId());
        return s.toString();
    }

    private static void check(StringBuilder s, String name, Object x, Object y) {
        boolean same = x instanceof java.math.BigDecimal bx && y instanceof java.math.BigDecimal by
                ? bx.compareTo(by) == 0 : java.util.Objects.equals(x, y);
        if (!same) {
            s.append(' ').append(name);
        }
    }

}
