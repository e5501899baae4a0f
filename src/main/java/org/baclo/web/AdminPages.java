package org.baclo.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.baclo.app.InvalidInputException;
import org.baclo.security.AuditFilter;
import org.baclo.security.AuditService;
import org.baclo.security.UserAdminService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrator pages (URL-protected to ADMIN): users, care teams, audit log. */
@Controller
class AdminPages {
    private final UserAdminService admin;
    private final AuditService audit;

    AdminPages(UserAdminService admin, AuditService audit) {
        this.admin = admin;
        this.audit = audit;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", admin.users());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam String username, @RequestParam String displayName, @RequestParam String role,
            @RequestParam(required = false) Long patientId, RedirectAttributes redirect) {
        try {
            UserAdminService.CreatedUser c = admin.createUser(new UserAdminService.NewUser(username, displayName,
                    role, null, patientId));
            redirect.addFlashAttribute("message", "Created " + c.user().username() + ". One-time password: "
                    + c.generatedPassword() + " — give it to the user; it is not shown again.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
            redirect.addFlashAttribute("typed", Map.of("username", username, "displayName", displayName,
                    "role", role, "patientId", patientId == null ? "" : patientId.toString()));
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled) {
        admin.setEnabled(id, enabled);
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/teams")
    String teams(Model model) {
        model.addAttribute("teams", admin.teams());
        model.addAttribute("clinicians", admin.users().stream()
                .filter(u -> u.role() == org.baclo.security.Role.CLINICIAN).toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "admin/teams";
    }

    @PostMapping("/admin/teams")
    String createTeam(@RequestParam String name, RedirectAttributes redirect) {
        try {
            admin.createTeam(name);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/admin/teams";
    }

    @PostMapping("/admin/teams/{id}/members")
    String members(@PathVariable long id, @RequestParam(required = false) List<Long> userIds) {
        admin.setMembers(id, userIds == null ? List.of() : userIds);
        return "redirect:/admin/teams";
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String username, @RequestParam(required = false) Long patientId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Instant f = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant t = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        model.addAttribute("events", audit.search(new AuditFilter(username, patientId, action, f, t, 500)));
        model.addAttribute("filter", Map.of("username", username == null ? "" : username,
                "patientId", patientId == null ? "" : patientId, "action", action == null ? "" : action,
                "from", from == null ? "" : from, "to", to == null ? "" : to));
        return "admin/audit";
    }
}
