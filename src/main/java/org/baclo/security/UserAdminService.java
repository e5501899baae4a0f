package org.baclo.security;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.baclo.app.FieldProblem;
import org.baclo.app.InvalidInputException;
import org.baclo.app.NotFoundException;
import org.baclo.units.InputLimits;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does: users, care teams and memberships. Every change is audited.
 */
@Service
public class UserAdminService {

    static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,99}$");

    private final AppUserRepository users;

    private final CareTeamRepository teams;

    private final PasswordEncoder encoder;

    private final AuditService audit;

    private final UserSessions sessions;

    private final Clock clock;

    private final PatientDirectory patients;

    private final SecurityEpoch epoch;

    UserAdminService(AppUserRepository users, CareTeamRepository teams, PasswordEncoder encoder, AuditService audit,
            UserSessions sessions, Clock clock, PatientDirectory patients, SecurityEpoch epoch) {
        this.patients = patients;
        this.epoch = epoch;
        this.users = users;
        this.teams = teams;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * A user to create. {@code password} may be null: a random one is generated and
     * returned once.
     */
    public record NewUser(
            @Size(max = InputLimits.USERNAME_MAX,
                    message = "Use at most " + InputLimits.USERNAME_MAX + " characters") String username,
            @Size(max = InputLimits.NAME_MAX,
                    message = "Use at most " + InputLimits.NAME_MAX + " characters") String displayName,
            @Size(max = InputLimits.ID_TEXT_MAX, message = "Choose ADMIN, CLINICIAN or PATIENT") String role,
            String password, @Positive(message = "Use the id of an existing patient record") Long patientId) {
    }

    /** The created user and, when generated, the one-time password. */
    public record CreatedUser(AppUser user, String generatedPassword) {
    }

    @Transactional
    public CreatedUser createUser(NewUser n) {
        List<FieldProblem> p = new java.util.ArrayList<>();
        String username = n.username() == null ? "" : n.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            p.add(new FieldProblem("username", "Use 3 to 100 lower-case letters, digits, dots, dashes or"
                    + " underscores, starting with a letter or digit."));
        }
        else if (users.findByUsernameIgnoreCase(username).isPresent()) {
            p.add(new FieldProblem("username", "The username '" + username + "' is taken."));
        }
        if (n.displayName() == null || n.displayName().isBlank() || n.displayName().length() > 200) {
            p.add(new FieldProblem("displayName", "Enter a display name of at most 200 characters."));
        }
        Role role = null;
        try {
            role = Role.valueOf(String.valueOf(n.role()).toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            p.add(new FieldProblem("role", "Choose ADMIN, CLINICIAN or PATIENT."));
        }
        if (n.password() != null) {
            PasswordPolicy.problem(username, n.password()).ifPresent(m -> p.add(new FieldProblem("password", m)));
        }
        if (role == Role.PATIENT && n.patientId() == null) {
            p.add(new FieldProblem("patientId", "A patient account must be linked to a patient record."));
        }
        if (role != Role.PATIENT && n.patientId() != null) {
            p.add(new FieldProblem("patientId", "Only patient accounts are linked to a patient record."));
        }
        if (role == Role.PATIENT && n.patientId() != null && !patients.exists(n.patientId())) {
            p.add(new FieldProblem("patientId", "There is no patient record " + n.patientId() + "."));
        }
        else if (role == Role.PATIENT && n.patientId() != null) {
            alreadyLinked(n.patientId(), null).ifPresent(m -> p.add(new FieldProblem("patientId", m)));
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        String password = n.password() == null ? Passwords.random() : n.password();
        // a generated password is one the administrator saw: the user replaces it at
        // first
        // login
        AppUser saved = users.save(AppUser
            .create(username, n.displayName().trim(), encoder.encode(password), role, n.patientId(), clock.instant())
            .withMustChangePassword(n.password() == null));
        audit.record("USER_CREATE", n.patientId(), AuditOutcome.OK, "user " + username + " role " + role);
        return new CreatedUser(saved, n.password() == null ? password : null);
    }

    /**
     * {@link #setEnabled(long, boolean)} on behalf of {@code actor}: an administrator
     * cannot disable their own account (issue 14: a lone administrator would lock
     * everyone out of the admin pages).
     */
    @Transactional
    public AppUser setEnabled(BacloPrincipal actor, long userId, boolean enabled) {
        if (!enabled && actor != null && actor.id() == userId) {
            audit.record("USER_DISABLE", null, AuditOutcome.INVALID, "own account");
            throw new InvalidInputException("enabled",
                    "You cannot disable your own account; ask another" + " administrator.");
        }
        return setEnabled(userId, enabled);
    }

    @Transactional
    public AppUser setEnabled(long userId, boolean enabled) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId + "."));
        AppUser saved = users.save(u.withEnabled(enabled).withFailedLogins(0, null));
        int ended = enabled ? 0 : sessions.endAll(u.username(), null);
        if (!enabled) {
            epoch.bump(); // ends the user's cached token and Basic authentications
        }
        audit.record(enabled ? "USER_ENABLE" : "USER_DISABLE", null, AuditOutcome.OK,
                "user " + u.username() + (enabled ? "" : "; " + ended + " session(s) ended"));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<AppUser> users() {
        return users.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    public List<CareTeam> teams() {
        return teams.findAllByOrderByNameAsc();
    }

    @Transactional
    public CareTeam createTeam(String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 200) {
            throw new InvalidInputException("name", "Enter a team name of at most 200 characters.");
        }
        if (teams.findByNameIgnoreCase(n).isPresent()) {
            throw new InvalidInputException("name", "A team called '" + n + "' exists already.");
        }
        CareTeam t = teams.save(new CareTeam(null, n, clock.instant(), Set.of()));
        audit.record("TEAM_CREATE", null, AuditOutcome.OK, "team " + n);
        return t;
    }

    /** Replaces the team's members; every member must be an existing clinician. */
    @Transactional
    public CareTeam setMembers(long teamId, List<Long> userIds) {
        CareTeam t = teams.findById(teamId).orElseThrow(() -> new NotFoundException("No care team " + teamId + "."));
        Set<CareTeamMember> members = new HashSet<>();
        List<Long> ids = userIds == null ? List.of() : userIds;
        if (ids.size() > InputLimits.TEAM_MEMBERS_MAX || ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("userIds",
                    "List at most " + InputLimits.TEAM_MEMBERS_MAX + " user ids, none of them null.");
        }
        for (Long id : ids) {
            AppUser u = users.findById(id)
                .orElseThrow(() -> new InvalidInputException("userIds", "No user " + id + "."));
            if (u.role() != Role.CLINICIAN) {
                throw new InvalidInputException("userIds", "User " + u.username() + " is not a clinician.");
            }
            members.add(new CareTeamMember(id));
        }
        CareTeam saved = teams.save(t.withMembers(members));
        epoch.bump(); // ends every instance's cached team ids (CareTeamService)
        audit.record("TEAM_MEMBERS", null, AuditOutcome.OK, "team " + t.name() + ": " + members.size() + " member(s)");
        return saved;
    }

    /**
     * Gives the user a new random password, returned once (it is stored only as a hash),
     * which they must change at their next login; ends all their sessions and clears
     * failed logins. An administrator changes their own password on the account page.
     */
    @Transactional
    public String resetPassword(BacloPrincipal actor, long userId) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId + "."));
        if (actor != null && actor.id() == userId) {
            throw new InvalidInputException("password", "Change your own password on your account page.");
        }
        String password = Passwords.random();
        users.save(u.withPasswordHash(encoder.encode(password)).withFailedLogins(0, null).withMustChangePassword(true));
        int ended = sessions.endAll(u.username(), null);
        audit.record("PASSWORD_RESET", null, AuditOutcome.OK,
                "user " + u.username() + "; must change it at next login; " + ended + " session(s) ended");
        return password;
    }

    /** Patient records a search for a name finds, for linking accounts (issue 14). */
    public static final int PATIENT_SEARCH_MAX = 20;

    /**
     * Patient records whose name contains {@code text}: identity only (name, date of
     * birth), never clinical data. Audited, as every look at the patient list is.
     */
    @Transactional(readOnly = true)
    public List<PatientDirectory.Entry> searchPatients(String text) {
        List<PatientDirectory.Entry> found = patients.search(text, PATIENT_SEARCH_MAX);
        if (text != null && !text.isBlank()) {
            audit.record("PATIENT_DIRECTORY_SEARCH", null, AuditOutcome.OK, found.size() + " record(s) found");
        }
        return found;
    }

    /** The patient records linked to these accounts, by patient id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, PatientDirectory.Entry> linkedPatients(List<AppUser> accounts) {
        return patients.byIds(accounts.stream().map(AppUser::patientId).filter(java.util.Objects::nonNull).toList());
    }

    /**
     * Links a patient account to a patient record, or unlinks it ({@code patientId}
     * null). A record has at most one account.
     */
    @Transactional
    public AppUser linkPatient(long userId, Long patientId) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId + "."));
        if (u.role() != Role.PATIENT) {
            throw new InvalidInputException("patientId", "Only patient accounts are linked to a patient record.");
        }
        if (patientId != null) {
            if (!patients.exists(patientId)) {
                throw new InvalidInputException("patientId", "There is no patient record " + patientId + ".");
            }
            alreadyLinked(patientId, userId).ifPresent(m -> {
                throw new InvalidInputException("patientId", m);
            });
        }
        Long before = u.patientId();
        AppUser saved = users.save(u.withPatientId(patientId));
        // a session keeps the principal it logged in with: end them, so the next request
        // sees the new link
        int ended = sessions.endAll(u.username(), null);
        audit.record(patientId == null ? "USER_UNLINK_PATIENT" : "USER_LINK_PATIENT",
                patientId == null ? before : patientId, AuditOutcome.OK,
                "user " + u.username() + "; " + ended + " session(s) ended");
        return saved;
    }

    private java.util.Optional<String> alreadyLinked(long patientId, Long exceptUserId) {
        return users.findByPatientId(patientId)
            .filter(other -> !other.id().equals(exceptUserId))
            .map(other -> "That patient record is linked to the account " + other.username()
                    + " already; unlink it there first.");
    }

    /** Changes the password and ends all of the user's sessions (none is kept). */
    @Transactional
    public void changePassword(long userId, String current, String next) {
        changePassword(userId, current, next, null);
    }

    /**
     * Changes the password and ends all of the user's other sessions, keeping
     * {@code keepSessionId}.
     */
    @Transactional
    public void changePassword(long userId, String current, String next, String keepSessionId) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("No such user."));
        if (current == null || !encoder.matches(current, u.passwordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is not right.");
        }
        PasswordPolicy.problem(u.username(), next).ifPresent(m -> {
            throw new InvalidInputException("newPassword", m);
        });
        if (encoder.matches(next, u.passwordHash())) {
            throw new InvalidInputException("newPassword", "Choose a password different from the current one.");
        }
        users.save(u.withPasswordHash(encoder.encode(next)).withMustChangePassword(false));
        int ended = sessions.endAll(u.username(), keepSessionId);
        epoch.bump(); // the old password no longer authenticates from any instance's
                      // cache
        audit.record("PASSWORD_CHANGE", null, AuditOutcome.OK, ended + " other session(s) ended");
    }

}
