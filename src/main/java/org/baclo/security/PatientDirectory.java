package org.baclo.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The patient records as user administration sees them: who they are (name, date of
 * birth) and their care team, never clinical data. For linking a patient's login to their
 * record and for assigning records to care teams. Implemented by the patient package,
 * which depends on security (not the other way round).
 */
public interface PatientDirectory {

    /** A patient record's identity and team. */
    record Entry(long id, String name, LocalDate dateOfBirth, long careTeamId) {
    }

    boolean exists(long patientId);

    /**
     * Records whose name contains {@code text} (any case), by name, at most
     * {@code limit}.
     */
    List<Entry> search(String text, int limit);

    /** The records with these ids, by id (unknown ids are left out). */
    Map<Long, Entry> byIds(Collection<Long> ids);

    /** A team's records by name, at most {@code limit}. */
    List<Entry> ofTeam(long teamId, int limit);

    /**
     * How many records each team has, by team id (teams without records are left out).
     */
    Map<Long, Integer> countsByTeam();

    /**
     * Moves a record to another care team (the caller checked the team exists); false if
     * there is no such record.
     */
    boolean moveToTeam(long patientId, long teamId);

}
