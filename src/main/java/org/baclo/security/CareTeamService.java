package org.baclo.security;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care teams a user belongs to, for access decisions and for the pages' team choice.
 * Every access check asks for the user's team ids: they are kept per user under the
 * {@link SecurityEpoch}, which every membership change moves on
 * ({@link UserAdminService#setMembers}), so a change made on any instance is seen by
 * every instance within the epoch's check interval (1 s), as a revoked token is (issue
 * 15).
 */
@Service
public class CareTeamService {

    private final CareTeamRepository teams;

    private final SecurityEpoch epoch;

    private final AuthCache<List<Long>> teamIds;

    @Autowired
    CareTeamService(CareTeamRepository teams, SecurityEpoch epoch,
            @Value("${baclo.security.team-cache-entries:10000}") int entries,
            @Value("${baclo.security.team-cache-ttl:PT5M}") Duration ttl) {
        this(teams, epoch, entries, ttl, System::nanoTime);
    }

    CareTeamService(CareTeamRepository teams, SecurityEpoch epoch, int entries, Duration ttl, LongSupplier nanos) {
        this.teams = teams;
        this.epoch = epoch;
        this.teamIds = new AuthCache<>(entries, ttl, nanos);
    }

    /**
     * The ids of the teams whose patients the user may see (none for a patient or an
     * administrator).
     */
    public List<Long> teamIdsOf(BacloPrincipal user) {
        if (!user.is(Role.CLINICIAN)) {
            return List.of();
        }
        String key = Long.toString(user.id());
        long now = epoch.current(); // before the read: a change committed meanwhile
                                    // makes the entry useless
        List<Long> cached = teamIds.get(key, now);
        if (cached != null) {
            return cached;
        }
        List<Long> ids = List.copyOf(teams.findTeamIdsOfUser(user.id()));
        teamIds.put(key, ids, now);
        return ids;
    }

    /** The user's teams, for a form that asks which team a patient belongs to. */
    @Transactional(readOnly = true)
    public List<CareTeam> teamsOf(BacloPrincipal user) {
        return teams.findAllById(teamIdsOf(user));
    }

}
