package org.baclo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.baclo.security.AppUser;
import org.baclo.security.AuditEvent;
import org.baclo.security.AuditFilter;
import org.baclo.security.AuditService;
import org.baclo.security.CareTeam;
import org.baclo.security.CareTeamMember;
import org.baclo.security.UserAdminService;
import org.baclo.units.InputLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration", description = "Users, care teams and the audit log (administrators only)")
class AdminApi {

    private final UserAdminService admin;

    private final AuditService audit;

    private final Clock clock;

    AdminApi(UserAdminService admin, AuditService audit, Clock clock) {
        this.admin = admin;
        this.audit = audit;
        this.clock = clock;
    }

    /** A user without secrets. */
    record UserView(long id, String username, String displayName, String role, boolean enabled, Long patientId,
            boolean locked) {
        static UserView of(AppUser u, Instant now) {
            return new UserView(u.id(), u.username(), u.displayName(), u.role().name(), u.enabled(), u.patientId(),
                    u.lockedUntil() != null && u.lockedUntil().isAfter(now));
        }
    }

    /**
     * A created user; {@code generatedPassword} is shown once when no password was given.
     */
    record CreatedUserView(UserView user, String generatedPassword) {
    }

    record TeamView(long id, String name, List<Long> memberIds) {
        static TeamView of(CareTeam t) {
            return new TeamView(t.id(), t.name(), t.members().stream().map(CareTeamMember::appUser).sorted().toList());
        }
    }

    record NewTeam(@Size(max = InputLimits.NAME_MAX,
            message = "Use at most " + InputLimits.NAME_MAX + " characters") String name) {
    }

    record Members(@Size(max = InputLimits.TEAM_MEMBERS_MAX,
            message = "List at most " + InputLimits.TEAM_MEMBERS_MAX
                    + " members") List<@NotNull(message = "A user id must not be null") @Positive(
                            message = "A user id is a positive number") Long> userIds) {
    }

    record Enabled(boolean enabled) {
    }

    @GetMapping("/users")
    @Operation(summary = "List users")
    List<UserView> users() {
        return admin.users().stream().map(u -> UserView.of(u, clock.instant())).toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user; without a password a random one is generated and returned once")
    CreatedUserView createUser(@Valid @RequestBody UserAdminService.NewUser user) {
        UserAdminService.CreatedUser c = admin.createUser(user);
        return new CreatedUserView(UserView.of(c.user(), clock.instant()), c.generatedPassword());
    }

    @PutMapping("/users/{id}/enabled")
    @Operation(summary = "Enable or disable a user (also clears a lock)")
    UserView enable(
            @org.springframework.security.core.annotation.AuthenticationPrincipal org.baclo.security.BacloPrincipal user,
            @PathVariable long id, @RequestBody Enabled body) {
        return UserView.of(admin.setEnabled(user, id, body.enabled()), clock.instant());
    }

    @GetMapping("/teams")
    @Operation(summary = "List care teams")
    List<TeamView> teams() {
        return admin.teams().stream().map(TeamView::of).toList();
    }

    @PostMapping("/teams")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a care team")
    TeamView createTeam(@Valid @RequestBody NewTeam team) {
        return TeamView.of(admin.createTeam(team.name()));
    }

    @PutMapping("/teams/{id}/members")
    @Operation(summary = "Replace a care team's clinicians")
    TeamView members(@PathVariable long id, @Valid @RequestBody Members members) {
        return TeamView.of(admin.setMembers(id, members.userIds()));
    }

    @GetMapping("/audit")
    @Operation(summary = "Browse the audit log, newest first")
    List<AuditEvent> audit(@RequestParam(required = false) String username,
            @RequestParam(required = false) Long patientId, @RequestParam(required = false) String action,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer limit) {
        return audit.search(new AuditFilter(username, patientId, action, from, to, limit));
    }

}
