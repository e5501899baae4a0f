package org.baclo.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baclo.app.InvalidInputException;
import org.baclo.security.AppUser;
import org.baclo.security.AuditEvent;
import org.baclo.security.AuditFilter;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.AuditService;
import org.baclo.security.PatientDirectory;
import org.baclo.security.Role;
import org.baclo.security.UserAdminService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrator pages (URL-protected to ADMIN): users and the audit log. */
@Controller
class AdminPages {

    private final UserAdminService admin;

    private final AuditService audit;

    private final Clock clock;

    AdminPages(UserAdminService admin, AuditService audit, Clock clock) {
        this.admin = admin;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String users(@AuthenticationPrincipal BacloPrincipal me, @RequestParam(required = false) String q, Model model) {
        Instant now = clock.instant();
        List<AppUser> all = admin.users();
        Map<Long, PatientDirectory.Entry> linked = admin.linkedPatients(all);
        model.addAttribute("users",
                all.stream()
                    .map(u -> new UserRow(u, me != null && me.id() == u.id(), status(u, now),
                            u.patientId() == null ? null : linked.get(u.patientId())))
                    .toList());
        String query = q == null ? "" : q.trim();
        List<PatientDirectory.Entry> matches = admin.searchPatients(query);
        Map<Long, AppUser> accountOf = new HashMap<>();
        all.stream().filter(u -> u.patientId() != null).forEach(u -> accountOf.put(u.patientId(), u));
        model.addAttribute("q", query);
        model.addAttribute("matches", matches.stream().map(e -> new Match(e, accountOf.get(e.id()))).toList());
        model.addAttribute("unlinkedAccounts",
                all.stream().filter(u -> u.role() == Role.PATIENT && u.patientId() == null).toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "admin/users";
    }

    /** A patient record a search found, with the account linked to it (or null). */
    public record Match(PatientDirectory.Entry patient, AppUser account) {
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam String username, @RequestParam String displayName, @RequestParam String role,
            @RequestParam(required = false) Long patientId, @RequestParam(defaultValue = "") String q,
            RedirectAttributes redirect) {
        try {
            UserAdminService.CreatedUser c = admin
                .createUser(new UserAdminService.NewUser(username, displayName, role, null, patientId));
            redirect.addFlashAttribute("message", "Created " + c.user().username() + ". One-time password: "
                    + c.generatedPassword() + " — give it to the user; it is not shown again.");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
            redirect.addFlashAttribute("typed", Map.of("username", username, "displayName", displayName, "role", role,
                    "patientId", patientId == null ? "" : patientId.toString()));
        }
        return usersPage(q, redirect);
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@AuthenticationPrincipal BacloPrincipal me, @PathVariable long id, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        try {
            AppUser u = admin.setEnabled(me, id, enabled);
            redirect.addFlashAttribute("message", (enabled ? "Enabled " : "Disabled ") + u.username() + ".");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).message());
        }
        return "redirect:/admin/users";
    }

    /**
     * Resets a password. The new one is rendered straight into this response, not
     * redirected through the session store: it exists only in this page (and as a hash).
     */
    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@AuthenticationPrincipal BacloPrincipal me, @PathVariable long id, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String password;
        try {
            password = admin.resetPassword(me, id);
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).message());
            return "redirect:/admin/users";
        }
        AppUser u = admin.users().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("reset", new Reset(u.username(), password));
        return users(me, null, model);
    }

    /** A password just reset, shown once. */
    public record Reset(String username, String password) {
    }

    @PostMapping("/admin/users/link")
    String link(@RequestParam long userId, @RequestParam long patientId, @RequestParam(defaultValue = "") String q,
            RedirectAttributes redirect) {
        try {
            AppUser u = admin.linkPatient(userId, patientId);
            redirect.addFlashAttribute("message", "Linked " + u.username() + " to the patient record.");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).message());
        }
        return usersPage(q, redirect);
    }

    @PostMapping("/admin/users/{id}/unlink")
    String unlink(@PathVariable long id, RedirectAttributes redirect) {
        try {
            AppUser u = admin.linkPatient(id, null);
            redirect.addFlashAttribute("message", "Unlinked " + u.username() + " from their patient record.");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).message());
        }
        return "redirect:/admin/users";
    }

    private static String usersPage(String q, RedirectAttributes redirect) {
        if (q != null && !q.isBlank()) {
            redirect.addAttribute("q", q);
        }
        return "redirect:/admin/users";
    }

    /**
     * A user as the users page lists them: their status in words (issue 14), whether it
     * is the reader, and the patient record a patient account is linked to.
     */
    public record UserRow(AppUser user, boolean self, String status, PatientDirectory.Entry patient) {
        public boolean locked() {
            return status.startsWith("Locked");
        }
    }

    private static String status(AppUser u, Instant now) {
        if (!u.enabled()) {
            return "Disabled";
        }
        if (u.lockedUntil() != null && u.lockedUntil().isAfter(now)) {
            return "Locked until " + Dates.time(u.lockedUntil(), ZoneOffset.UTC);
        }
        return u.mustChangePassword() ? "Active (must change password)" : "Active";
    }

    /**
     * Audit events a page shows; the search returns the newest {@link #AUDIT_MAX}
     * matching events.
     */
    static final int AUDIT_PAGE = 50;
    static final int AUDIT_MAX = 1000;

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String username, @RequestParam(required = false) Long patientId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page, Model model) {
        List<AuditEvent> all = audit.search(filter(username, patientId, action, from, to));
        int pages = Math.max(1, (all.size() + AUDIT_PAGE - 1) / AUDIT_PAGE);
        int current = Math.min(Math.max(page, 1), pages);
        Map<String, String> names = new java.util.HashMap<>();
        admin.users().forEach(u -> names.put(u.username(), u.displayName()));
        model.addAttribute("events",
                all.subList((current - 1) * AUDIT_PAGE, Math.min(all.size(), current * AUDIT_PAGE)));
        model.addAttribute("names", names);
        model.addAttribute("total", all.size());
        model.addAttribute("max", AUDIT_MAX);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("filter",
                Map.of("username", username == null ? "" : username, "patientId", patientId == null ? "" : patientId,
                        "action", action == null ? "" : action, "from", from == null ? "" : from, "to",
                        to == null ? "" : to));
        return "admin/audit";
    }

    /**
     * The filtered audit events as CSV (the same filter as the page, up to
     * {@link #AUDIT_MAX} events).
     */
    @GetMapping("/admin/audit.csv")
    ResponseEntity<String> auditCsv(@RequestParam(required = false) String username,
            @RequestParam(required = false) Long patientId, @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        StringBuilder csv = new StringBuilder("occurred_at_utc,username,role,action,patient_id,outcome,detail\r\n");
        for (AuditEvent e : audit.search(filter(username, patientId, action, from, to))) {
            csv.append(String.join(",", cell(String.valueOf(e.occurredAt())), cell(e.username()), cell(e.role()),
                    cell(e.action()), cell(e.patientId() == null ? "" : e.patientId().toString()), cell(e.outcome()),
                    cell(e.detail())))
                .append("\r\n");
        }
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
            .body(csv.toString());
    }

    private static AuditFilter filter(String username, Long patientId, String action, LocalDate from, LocalDate to) {
        Instant f = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant t = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new AuditFilter(username, patientId, action, f, t, AUDIT_MAX);
    }

    /**
     * An RFC 4180 cell; a leading =, +, - or @ is prefixed with ' so a spreadsheet does
     * not run it as a formula.
     */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        boolean quote = s.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

}
