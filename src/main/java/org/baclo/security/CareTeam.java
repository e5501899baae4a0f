package org.baclo.security;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A group of clinicians who share a set of patients. */
public record CareTeam(@Id Long id, String name, Instant createdAt, @MappedCollection Set<CareTeamMember> members) {
    public CareTeam {
        members = members == null ? Set.of() : Set.copyOf(members);
    }

    public boolean hasMember(long userId) {
        return members.stream().anyMatch(m -> m.appUser() == userId);
    }

    public CareTeam withMembers(Set<CareTeamMember> newMembers) {
        return new CareTeam(id, name, createdAt, newMembers);
    }
}
