package org.baclo.web;

import java.util.List;
import java.util.Map;
import org.baclo.patient.Patient;
import org.baclo.app.ForbiddenException;
import org.baclo.diary.FollowUpAlerts;
import org.baclo.patient.PatientService;
import org.baclo.patient.PatientSummaries;
import org.baclo.plan.PlanOverview;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where each role starts after logging in (issue 14, item 1): a clinician on the worklist
 * (open follow-up alerts, then patients whose record needs review), an administrator on
 * the users, a patient on their own Today page.
 */
@Controller
class HomePages {

    private final FollowUpAlerts alerts;

    private final PatientService patients;

    private final PatientSummaries summaries;

    private final PlanOverview plans;

    HomePages(FollowUpAlerts alerts, PatientService patients, PatientSummaries summaries, PlanOverview plans) {
        this.alerts = alerts;
        this.patients = patients;
        this.summaries = summaries;
        this.plans = plans;
    }

    @GetMapping("/home")
    String home(@AuthenticationPrincipal BacloPrincipal user) {
        if (user.is(Role.CLINICIAN)) {
            return "redirect:/worklist";
        }
        if (user.is(Role.ADMIN)) {
            return "redirect:/admin/users";
        }
        if (user.is(Role.PATIENT) && user.patientId() != null) {
            return "redirect:/today";
        }
        return "redirect:/account";
    }

    /**
     * Patients needing review shown per page: a care team of hundreds of patients gives
     * hundreds of reasons (old creatinine above all), and a page of them all took most of
     * the worklist's time to render (issue 15).
     */
    static final int REVIEW_PAGE = 25;

    @GetMapping("/worklist")
    String worklist(@AuthenticationPrincipal BacloPrincipal user, @RequestParam(defaultValue = "1") int page,
            Model model) {
        if (!user.is(Role.CLINICIAN)) {
            throw new ForbiddenException("The worklist is for clinicians.");
        }
        model.addAttribute("alertRows", alerts.dashboard(user).stream().filter(r -> r.worst() != null).toList());
        List<Patient> all = patients.list(user);
        Map<Long, PlanOverview.Summary> overview = plans.of(all);
        List<PatientRow> review = all.stream()
            .map(p -> PatientRow.of(summaries.of(p), overview.get(p.id())))
            .filter(PatientRow::needsReview)
            .toList();
        int pages = Math.max(1, (review.size() + REVIEW_PAGE - 1) / REVIEW_PAGE);
        int current = Math.min(Math.max(page, 1), pages);
        int from = (current - 1) * REVIEW_PAGE;
        model.addAttribute("review", review.subList(from, Math.min(review.size(), from + REVIEW_PAGE)));
        model.addAttribute("reviewCount", review.size());
        model.addAttribute("reviewFrom", from + 1);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("endingDays", PlanOverview.ENDING_WITHIN_DAYS);
        return "worklist";
    }

}
