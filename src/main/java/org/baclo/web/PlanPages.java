package org.baclo.web;

import java.util.Map;
import org.baclo.app.InvalidInputException;
import org.baclo.knowledge.Knowledge;
import org.baclo.patient.PatientContexts;
import org.baclo.patient.PatientService;
import org.baclo.patient.PatientSummaries;
import org.baclo.plan.PlanCharts;
import org.baclo.plan.PlanRequest;
import org.baclo.plan.PlanView;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.BacloPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Plan pages: the builder with a live preview (htmx swaps the preview fragment as the
 * form changes), the plan view with activation, and the patient's plan history.
 */
@Controller
class PlanPages {

    private final PlanWorkflow plans;

    private final PatientService patients;

    private final PatientSummaries summaries;

    private final PlanCharts charts;

    private final Knowledge knowledge;

    private final PatientContexts contexts;

    PlanPages(PlanWorkflow plans, PatientService patients, PatientSummaries summaries, PlanCharts charts,
            Knowledge knowledge, PatientContexts contexts) {
        this.contexts = contexts;
        this.plans = plans;
        this.patients = patients;
        this.summaries = summaries;
        this.charts = charts;
        this.knowledge = knowledge;
    }

    @GetMapping("/patients/{id}/plans/new")
    String newPlan(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, Model model) {
        PlanRequest blank = PlanRequest.blank();
        return builder(user, id, plans.currentDose(user, id, null).map(blank::withCurrentMgDay).orElse(blank), Map.of(),
                model);
    }

    @PostMapping("/patients/{id}/plans/preview")
    String preview(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @ModelAttribute PlanRequest request, BindingResult binding, Model model) {
        Map<String, String> errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                PlanWorkflow.Preview p = plans.preview(user, id, request);
                model.addAttribute("plan", p.document());
                model.addAttribute("chart", charts.json(p.checked()));
            }
            catch (InvalidInputException e) {
                errors = FormErrors.of(e);
            }
        }
        model.addAttribute("errors", labelled(errors));
        model.addAttribute("fieldErrors", errors);
        return "plans/preview :: preview";
    }

    @PostMapping("/patients/{id}/plans")
    String create(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @ModelAttribute PlanRequest request, BindingResult binding, Model model) {
        Map<String, String> errors = FormErrors.of(binding);
        if (!errors.isEmpty()) {
            return builder(user, id, request, errors, model);
        }
        try {
            PlanView v = plans.create(user, id, request);
            return "redirect:/patients/" + id + "/plans/" + v.id();
        }
        catch (InvalidInputException e) {
            return builder(user, id, request, FormErrors.of(e), model);
        }
    }

    @GetMapping("/patients/{id}/plans/{planId}")
    String view(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, @PathVariable long planId,
            Model model) {
        return planPage(user, id, plans.get(user, id, planId), Map.of(), null, model);
    }

    @PostMapping("/patients/{id}/plans/{planId}/activate")
    String activate(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, @PathVariable long planId,
            @RequestParam(required = false) String overrideReason, Model model) {
        try {
            plans.activate(user, id, planId, overrideReason);
            return "redirect:/patients/" + id + "/plans/" + planId + "?activated";
        }
        catch (InvalidInputException e) {
            return planPage(user, id, plans.get(user, id, planId), FormErrors.of(e), overrideReason, model);
        }
    }

    @PostMapping("/patients/{id}/plans/{planId}/discard")
    String discard(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, @PathVariable long planId,
            Model model) {
        try {
            plans.discard(user, id, planId);
            return "redirect:/patients/" + id + "?discarded";
        }
        catch (InvalidInputException e) {
            return planPage(user, id, plans.get(user, id, planId), FormErrors.of(e), null, model);
        }
    }

    /**
     * The builder's field names as the form labels them, for the preview's error list.
     */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("kind", "What to do"),
            Map.entry("targetMgDay", "Target (mg/day)"), Map.entry("currentMgDay", "Current dose (mg/day)"),
            Map.entry("fromMgDay", "Taper from (mg/day)"), Map.entry("toMgDay", "Taper to (mg/day)"),
            Map.entry("reason", "Taper reason"), Map.entry("maintenanceDays", "Days at the final dose"),
            Map.entry("product", "Product"), Map.entry("frequency", "Doses a day"),
            Map.entry("stepMg", "Step per dose (mg)"), Map.entry("intervalDays", "Days per step"),
            Map.entry("startDate", "Start date"), Map.entry("doseTimes", "Dose times"),
            Map.entry("override", "Planning override reason"), Map.entry("doseMgDay", "Dose to keep (mg/day)"),
            Map.entry("doses", "Dose at each time (mg)"));

    static Map<String, String> labelled(Map<String, String> errors) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        errors.forEach((field, message) -> out.put(field.startsWith("patient.")
                ? "Patient record (" + field.substring("patient.".length()) + ")" : LABELS.getOrDefault(field, field),
                message));
        return out;
    }

    private String planPage(BacloPrincipal user, long id, PlanView plan, Map<String, String> errors, String typed,
            Model model) {
        org.baclo.patient.Patient p = patients.get(user, id);
        model.addAttribute("patient", summaries.of(p));
        java.util.Optional<org.baclo.regimen.PatientContext> context;
        try {
            context = java.util.Optional.of(contexts.context(p));
        }
        catch (org.baclo.regimen.InvalidRequestException e) {
            context = java.util.Optional.empty();
        }
        model.addAttribute("chart", charts.json(plan.plan(), context));
        model.addAttribute("view", plan);
        java.time.ZoneId zone = java.time.ZoneId.of(p.timeZone());
        model.addAttribute("createdAt", Dates.time(plan.createdAt(), zone));
        model.addAttribute("activatedAt", Dates.time(plan.activatedAt(), zone));
        model.addAttribute("plan", plan.plan());
        model.addAttribute("errors", errors);
        model.addAttribute("typedReason", typed);
        return "plans/view";
    }

    private String builder(BacloPrincipal user, long id, PlanRequest request, Map<String, String> errors, Model model) {
        model.addAttribute("patient", summaries.of(patients.get(user, id)));
        model.addAttribute("request", request);
        model.addAttribute("errors", errors);
        model.addAttribute("knowledge", knowledge);
        model.addAttribute("activeDose", plans.currentDose(user, id, request.startDate()).orElse(null));
        return "plans/new";
    }

}
