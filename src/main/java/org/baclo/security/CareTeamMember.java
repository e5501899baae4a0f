package org.baclo.security;

/** A clinician's membership of a care team. */
public record CareTeamMember(long appUser) {
}
