package org.baclo.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A person who logs in. {@code patientId} links a PATIENT user to their own record;
 * {@code mustChangePassword} is set when an administrator gave the password (reset or
 * generated), which the user must replace before doing anything else.
 */
public record AppUser(@Id Long id, String username, String displayName, String passwordHash, Role role, boolean enabled,
        Long patientId, int failedLogins, Instant lockedUntil, boolean mustChangePassword, Instant createdAt,
        @Version Integer version) {

    public static AppUser create(String username, String displayName, String passwordHash, Role role, Long patientId,
            Instant now) {
        return new AppUser(null, username, displayName, passwordHash, role, true, patientId, 0, null, false, now, null);
    }

    public AppUser withFailedLogins(int count, Instant lockedUntil) {
        return new AppUser(id, username, displayName, passwordHash, role, enabled, patientId, count, lockedUntil,
                mustChangePassword, createdAt, version);
    }

    public AppUser withPasswordHash(String hash) {
        return new AppUser(id, username, displayName, hash, role, enabled, patientId, failedLogins, lockedUntil,
                mustChangePassword, createdAt, version);
    }

    public AppUser withEnabled(boolean on) {
        return new AppUser(id, username, displayName, passwordHash, role, on, patientId, failedLogins, lockedUntil,
                mustChangePassword, createdAt, version);
    }

    public AppUser withPatientId(Long patient) {
        return new AppUser(id, username, displayName, passwordHash, role, enabled, patient, failedLogins, lockedUntil,
                mustChangePassword, createdAt, version);
    }

    public AppUser withMustChangePassword(boolean must) {
        return new AppUser(id, username, displayName, passwordHash, role, enabled, patientId, failedLogins, lockedUntil,
                must, createdAt, version);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
