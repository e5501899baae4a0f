package org.baclo.security;

import java.util.List;
import java.util.Map;
import org.baclo.app.InvalidInputException;
import org.baclo.app.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator sees and changes of a care team's patients (issue 14): the
 * records each team holds (identity only) and moving a record to another team. A
 * clinician sees the records of their teams ({@code PatientAccess}), so a move changes
 * who may see the record; every move is audited.
 */
@Service
public class TeamAdminService {

    /** The records a team card lists; the count says how many more there are. */
    public static final int TEAM_LIST_MAX = 100;

    private final CareTeamRepository teams;

    private final PatientDirectory patients;

    private final AuditService audit;

    TeamAdminService(CareTeamRepository teams, PatientDirectory patients, AuditService audit) {
        this.teams = teams;
        this.patients = patients;
        this.audit = audit;
    }

    /**
     * A team with the first {@link #TEAM_LIST_MAX} of its records and how many it has.
     */
    public record TeamPatients(CareTeam team, List<PatientDirectory.Entry> patients, int total) {
    }

    @Transactional(readOnly = true)
    public List<TeamPatients> teamsWithPatients() {
        Map<Long, Integer> counts = patients.countsByTeam();
        return teams.findAllByOrderByNameAsc()
            .stream()
            .map(t -> new TeamPatients(t, patients.ofTeam(t.id(), TEAM_LIST_MAX), counts.getOrDefault(t.id(), 0)))
            .toList();
    }

    /** A patient record's name and the team it is on now. */
    public record Moved(String patientName, CareTeam team) {
    }

    /** Moves a patient record to another care team; audited with both team names. */
    @Transactional
    public Moved movePatient(long patientId, long teamId) {
        CareTeam to = teams.findById(teamId)
            .orElseThrow(() -> new InvalidInputException("teamId", "There is no care team " + teamId + "."));
        PatientDirectory.Entry p = patients.byIds(List.of(patientId)).get(patientId);
        if (p == null) {
            throw new NotFoundException("There is no patient record " + patientId + ".");
        }
        if (p.careTeamId() == teamId) {
            return new Moved(p.name(), to);
        }
        String from = teams.findById(p.careTeamId()).map(CareTeam::name).orElse("team " + p.careTeamId());
        patients.moveToTeam(patientId, teamId);
        audit.record("PATIENT_TEAM_CHANGE", patientId, AuditOutcome.OK, "from " + from + " to " + to.name());
        return new Moved(p.name(), to);
    }

}
