package org.baclo.web;

import java.math.BigDecimal;
import java.util.Map;
import org.baclo.app.ConflictException;
import org.baclo.app.ForbiddenException;
import org.baclo.app.InvalidInputException;
import org.baclo.diary.FollowUpAlerts;
import org.baclo.diary.FollowUpViews;
import org.baclo.diary.TodayActions;
import org.baclo.knowledge.Knowledge;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow-up pages: the clinician dashboard (the care teams' patients by their most severe
 * open alert), a patient's follow-up (timeline chart, alerts with acknowledge and
 * resolve), and the patient's phone-first "Today" page.
 */
@Controller
class FollowUpPages {

    /** Days the timeline shows. */
    static final int TIMELINE_DAYS = 28;

    private final FollowUpAlerts alerts;

    private final FollowUpViews views;

    private final TodayActions today;

    private final java.time.Clock clock;

    private final Knowledge knowledge;

    FollowUpPages(FollowUpAlerts alerts, FollowUpViews views, TodayActions today, java.time.Clock clock,
            Knowledge knowledge) {
        this.knowledge = knowledge;
        this.alerts = alerts;
        this.views = views;
        this.today = today;
        this.clock = clock;
    }

    @GetMapping("/followup")
    String dashboard(@AuthenticationPrincipal BacloPrincipal user, Model model) {
        model.addAttribute("rows", alerts.dashboard(user));
        model.addAttribute("now", clock.instant());
        return "followup/dashboard";
    }

    @GetMapping("/patients/{id}/followup")
    String patient(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, Model model) {
        model.addAttribute("view", views.timeline(user, id, TIMELINE_DAYS, clock.instant()));
        return "followup/patient";
    }

    @PostMapping("/patients/{id}/alerts/{alertId}/acknowledge")
    String acknowledge(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, @PathVariable long alertId,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        return alertChange(user, id, alertId, note, false, flash);
    }

    @PostMapping("/patients/{id}/alerts/{alertId}/resolve")
    String resolve(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, @PathVariable long alertId,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        return alertChange(user, id, alertId, note, true, flash);
    }

    private String alertChange(BacloPrincipal user, long id, long alertId, String note, boolean resolve,
            RedirectAttributes flash) {
        try {
            if (resolve) {
                alerts.resolve(user, id, alertId, note);
            }
            else {
                alerts.acknowledge(user, id, alertId, note);
            }
            flash.addFlashAttribute("message", resolve ? "Alert resolved." : "Alert acknowledged.");
        }
        catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute("error",
                    e instanceof InvalidInputException i ? i.problems().get(0).message() : e.getMessage());
        }
        return "redirect:/patients/" + id + "/followup";
    }

    private static long self(BacloPrincipal user) {
        if (!user.is(Role.PATIENT) || user.patientId() == null) {
            throw new ForbiddenException(
                    "The Today page is for patient accounts; clinicians use the follow-up" + " dashboard.");
        }
        return user.patientId();
    }

    @GetMapping("/today")
    String today(@AuthenticationPrincipal BacloPrincipal user, Model model) {
        return todayPage(user, model, Map.of());
    }

    private String todayPage(BacloPrincipal user, Model model, Map<String, String> errors) {
        model.addAttribute("today", views.today(user, self(user)));
        model.addAttribute("effects", today.sideEffects());
        // Plain words for the patient (issue 14, item 3): the missed-dose advice
        // (BACLOFEN.md §3) and the signs that
        // need help now, both from the knowledge base with their sources.
        model.addAttribute("missedDose", knowledge.followUp().missedDose());
        model.addAttribute("warningSigns",
                knowledge.faq().stream().filter(f -> f.id().equals("serious-side-effects")).findFirst().orElse(null));
        model.addAttribute("errors", errors);
        return "followup/today";
    }

    @PostMapping("/today/dose")
    String dose(@AuthenticationPrincipal BacloPrincipal user, @RequestParam String dueId,
            @RequestParam(required = false) String time, @RequestParam(required = false) String reason,
            @RequestParam String action, Model model, RedirectAttributes flash) {
        try {
            boolean skipped = "skip".equals(action);
            boolean created = today.due(user, self(user), dueId, time, reason, skipped);
            flash.addFlashAttribute("message", !created ? "This dose was already recorded."
                    : skipped ? "Recorded: dose skipped." : "Recorded: dose taken.");
            return "redirect:/today";
        }
        catch (InvalidInputException e) {
            return todayPage(user, model, FormErrors.of(e));
        }
    }

    @PostMapping("/today/extra")
    String extra(@AuthenticationPrincipal BacloPrincipal user, @RequestParam(required = false) BigDecimal mg,
            @RequestParam(required = false) String time, Model model, RedirectAttributes flash) {
        try {
            today.extra(user, self(user), mg, time);
            flash.addFlashAttribute("message", "Recorded: extra dose.");
            return "redirect:/today";
        }
        catch (InvalidInputException e) {
            return todayPage(user, model, FormErrors.of(e));
        }
    }

    @PostMapping("/today/scales")
    String scales(@AuthenticationPrincipal BacloPrincipal user, @RequestParam(required = false) Integer spasticity,
            @RequestParam(required = false) Integer pain, @RequestParam(required = false) Integer sleep,
            @RequestParam(required = false) Integer pennFrequency, @RequestParam(required = false) Integer pennSeverity,
            @RequestParam(required = false) String effect, @RequestParam(required = false) String effectSeverity,
            @RequestParam(required = false) String note, Model model, RedirectAttributes flash) {
        try {
            int n = today.scales(user, self(user), new TodayActions.Scales(spasticity, pain, sleep, pennFrequency,
                    pennSeverity, effect, effectSeverity, note));
            flash.addFlashAttribute("message", "Recorded: " + n + " score(s).");
            return "redirect:/today";
        }
        catch (InvalidInputException e) {
            return todayPage(user, model, FormErrors.of(e));
        }
    }

}
