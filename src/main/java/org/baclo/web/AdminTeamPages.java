package org.baclo.web;

import java.util.List;
import java.util.Map;
import org.baclo.app.InvalidInputException;
import org.baclo.security.Role;
import org.baclo.security.TeamAdminService;
import org.baclo.security.UserAdminService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's care-team page (URL-protected to ADMIN): each team's clinicians and
 * patients, new teams, and moving a patient record to another team (issue 14).
 */
@Controller
class AdminTeamPages {

    private final UserAdminService admin;

    private final TeamAdminService teams;

    AdminTeamPages(UserAdminService admin, TeamAdminService teams) {
        this.admin = admin;
        this.teams = teams;
    }

    @GetMapping("/admin/teams")
    String teams(@RequestParam(required = false) String q, Model model) {
        List<TeamAdminService.TeamPatients> all = teams.teamsWithPatients();
        String query = q == null ? "" : q.trim();
        model.addAttribute("teams", all);
        model.addAttribute("q", query);
        model.addAttribute("matches", admin.searchPatients(query));
        model.addAttribute("clinicians", admin.users().stream().filter(u -> u.role() == Role.CLINICIAN).toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "admin/teams";
    }

    @PostMapping("/admin/teams")
    String createTeam(@RequestParam String name, RedirectAttributes redirect) {
        try {
            admin.createTeam(name);
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/admin/teams";
    }

    @PostMapping("/admin/teams/{id}/members")
    String members(@PathVariable long id, @RequestParam(required = false) List<Long> userIds) {
        admin.setMembers(id, userIds == null ? List.of() : userIds);
        return "redirect:/admin/teams";
    }

    /** Moves a patient record (found by a name search) to the chosen team. */
    @PostMapping("/admin/teams/assign")
    String assign(@RequestParam long patientId, @RequestParam long teamId, @RequestParam(defaultValue = "") String q,
            RedirectAttributes redirect) {
        try {
            TeamAdminService.Moved m = teams.movePatient(patientId, teamId);
            redirect.addFlashAttribute("message", m.patientName() + " is now on the team " + m.team().name() + ".");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).message());
        }
        if (!q.isBlank()) {
            redirect.addAttribute("q", q);
        }
        return "redirect:/admin/teams";
    }

}
