package org.baclo.patient;

import java.util.List;
import org.baclo.app.ForbiddenException;
import org.baclo.app.NotFoundException;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.CareTeamService;
import org.baclo.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see which patient: a clinician the patients of their care teams, a patient only
 * themself, an admin no clinical data. A refusal is audited and answered 404 (403 for an
 * admin), so a record's existence does not leak.
 */
@Component
public class PatientAccess {

    private final PatientLists patients;

    private final CareTeamService teams;

    private final AuditService audit;

    PatientAccess(PatientLists patients, CareTeamService teams, AuditService audit) {
        this.patients = patients;
        this.teams = teams;
        this.audit = audit;
    }

    /** The teams whose patients the user may see. */
    public List<Long> teamsOf(BacloPrincipal user) {
        return teams.teamIdsOf(user);
    }

    /** The patient if the user may see it; otherwise audits the attempt and throws. */
    public Patient require(BacloPrincipal user, long patientId, String action) {
        if (user.is(Role.ADMIN)) {
            audit.record(action, patientId, AuditOutcome.DENIED, "administrators have no access to patient records");
            throw new ForbiddenException("Administrators manage users and teams; they cannot open patient records.");
        }
        Patient p = patients.findById(patientId).orElse(null);
        boolean allowed = p != null && (user.is(Role.PATIENT)
                ? user.patientId() != null && user.patientId() == patientId : teamsOf(user).contains(p.careTeamId()));
        if (!allowed) {
            audit.record(action, patientId, p == null ? AuditOutcome.NOT_FOUND : AuditOutcome.DENIED,
                    p == null ? "no such patient" : "not on the patient's care team");
            throw new NotFoundException("No patient " + patientId + " that you can see.");
        }
        return p;
    }

    /**
     * Throws unless the user is a clinician (only clinicians change clinical records).
     */
    public void requireClinician(BacloPrincipal user, Long patientId, String action) {
        if (!user.is(Role.CLINICIAN)) {
            audit.record(action, patientId, AuditOutcome.DENIED, "role " + user.role() + " may not do this");
            throw new ForbiddenException("Only clinicians can do this.");
        }
    }

}
