package org.baclo.security;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care teams a user belongs to, for access decisions and for the pages' team choice.
 */
@Service
public class CareTeamService {

    private final CareTeamRepository teams;

    CareTeamService(CareTeamRepository teams) {
        this.teams = teams;
    }

    /**
     * The ids of the teams whose patients the user may see (none for a patient or an
     * administrator).
     */
    @Transactional(readOnly = true)
    public List<Long> teamIdsOf(BacloPrincipal user) {
        return user.is(Role.CLINICIAN) ? teams.findTeamIdsOfUser(user.id()) : List.of();
    }

    /** The user's teams, for a form that asks which team a patient belongs to. */
    @Transactional(readOnly = true)
    public List<CareTeam> teamsOf(BacloPrincipal user) {
        return teams.findAllById(teamIdsOf(user));
    }

}
