package org.baclo.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A person who logs in. {@code patientId} links a PATIENT user to their own record. */
public record AppUser(@Id Long id, String username, String displayName, String passwordHash, Role role, boolean enabled,
        Long patientId, int failedLogins, Instant lockedUntil, Instant createdAt, @Version Integer version) {

    public static AppUser create(String username, String displayName, String passwordHash, Role role, Long patientId,
            Instant now) {
        return new AppUser(null, username, displayName, passwordHash, role, true, patientId, 0, null, now, null);
    }

    public AppUser withFailedLogins(int count, Instant lockedUntil) {
        return new AppUser(id, username, displayName, passwordHash, role, enabled, patientId, count, lockedUntil,
                createdAt, version);
    }

    public AppUser withPasswordHash(String hash) {
        return new AppUser(id, username, displayName, hash, role, enabled, patientId, failedLogins, lockedUntil,
                createdAt, version);
    }

    public AppUser withEnabled(boolean on) {
        return new AppUser(id, username, displayName, passwordHash, role, on, patientId, failedLogins, lockedUntil,
                createdAt, version);
    }

    public AppUser withPatientId(Long patient) {
        return new AppUser(id, username, displayName, passwordHash, role, enabled, patient, failedLogins, lockedUntil,
                createdAt, version);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
