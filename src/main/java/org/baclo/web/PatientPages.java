package org.baclo.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.baclo.app.ConflictException;
import org.baclo.app.InvalidInputException;
import org.baclo.knowledge.Knowledge;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientAccess;
import org.baclo.patient.PatientForm;
import org.baclo.patient.PatientService;
import org.baclo.patient.PatientSummaries;
import org.baclo.plan.PlanOverview;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.CareTeamService;
import org.baclo.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Patient pages: list, create, view, edit. Forms keep what was typed and show each
 * message beside its field.
 */
@Controller
class PatientPages {

    private final PatientService patients;

    private final PatientSummaries summaries;

    private final PatientAccess access;

    private final CareTeamService teams;

    private final Knowledge knowledge;

    private final PlanWorkflow plans;

    private final PlanOverview overview;

    PatientPages(PatientService patients, PatientSummaries summaries, PatientAccess access, CareTeamService teams,
            Knowledge knowledge, PlanWorkflow plans, PlanOverview overview) {
        this.plans = plans;
        this.overview = overview;
        this.patients = patients;
        this.summaries = summaries;
        this.access = access;
        this.teams = teams;
        this.knowledge = knowledge;
    }

    /**
     * Time zones to choose from: the Region/City names, sorted (typing filters the list;
     * any valid id is kept).
     */
    static final List<String> ZONES = java.time.ZoneId.getAvailableZoneIds()
        .stream()
        .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
        .sorted()
        .toList();

    /** Patients a page of the list shows. */
    static final int PAGE_SIZE = 20;

    @GetMapping("/patients")
    String list(@AuthenticationPrincipal BacloPrincipal user, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, Model model) {
        if (user.is(Role.PATIENT)) {
            return "redirect:/today";
        }
        String query = q == null ? "" : q.strip();
        String needle = query.toLowerCase(Locale.ROOT);
        List<Patient> all = patients.list(user);
        List<Patient> found = all.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<Patient> shown = found.subList((current - 1) * PAGE_SIZE, Math.min(found.size(), current * PAGE_SIZE));
        Map<Long, PlanOverview.Summary> plans = overview.of(shown);
        List<PatientRow> rows = shown.stream().map(p -> PatientRow.of(summaries.of(p), plans.get(p.id()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("total", all.size());
        model.addAttribute("found", found.size());
        model.addAttribute("q", query);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "patients/list";
    }

    @GetMapping("/patients/new")
    String newForm(@AuthenticationPrincipal BacloPrincipal user, Model model) {
        access.requireClinician(user, null, "PATIENT_CREATE_FORM");
        return form(user, model, PatientForm.blank("Europe/London"), Map.of(), null);
    }

    @PostMapping("/patients")
    String create(@AuthenticationPrincipal BacloPrincipal user, @ModelAttribute PatientForm form, BindingResult binding,
            Model model) {
        Map<String, String> errors = FormErrors.of(binding);
        if (!errors.isEmpty()) {
            return form(user, model, form, errors, null);
        }
        try {
            Patient p = patients.create(user, form);
            return "redirect:/patients/" + p.id();
        }
        catch (InvalidInputException e) {
            return form(user, model, form, FormErrors.of(e), null);
        }
    }

    @GetMapping("/patients/{id}")
    String view(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, Model model) {
        if (user.is(Role.PATIENT)) {
            // A patient's own view is the Today page, in plain words (issue 14, item 3),
            // not the clinician's record.
            return "redirect:/today";
        }
        model.addAttribute("patient", summaries.of(patients.get(user, id)));
        model.addAttribute("plans", plans.history(user, id));
        model.addAttribute("knowledge", knowledge);
        return "patients/view";
    }

    @GetMapping("/patients/{id}/edit")
    String editForm(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, Model model) {
        access.requireClinician(user, id, "PATIENT_UPDATE_FORM");
        Patient p = patients.get(user, id);
        return form(user, model, PatientForm.of(p), Map.of(), id);
    }

    @PostMapping("/patients/{id}")
    String update(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, @ModelAttribute PatientForm form,
            BindingResult binding, Model model) {
        Map<String, String> errors = FormErrors.of(binding);
        if (!errors.isEmpty()) {
            return form(user, model, form, errors, id);
        }
        try {
            patients.update(user, id, form);
            return "redirect:/patients/" + id;
        }
        catch (InvalidInputException e) {
            return form(user, model, form, FormErrors.of(e), id);
        }
        catch (ConflictException | OptimisticLockingFailureException e) {
            return form(user, model, form, Map.of("version", "Someone else changed this record while you were"
                    + " editing it. Open it again to see their change, then apply yours."), id);
        }
    }

    private String form(BacloPrincipal user, Model model, PatientForm form, Map<String, String> errors, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("patientId", id);
        // The title is set here, not computed in the template: Thymeleaf evaluates
        // fragment parameters in restricted
        // mode, which rejects any expression containing the word "new" (as in 'New
        // patient') as an instantiation.
        model.addAttribute("pageTitle", id == null ? "New patient" : "Edit patient");
        model.addAttribute("knowledge", knowledge);
        model.addAttribute("teams", teams.teamsOf(user));
        model.addAttribute("zones", ZONES);
        return "patients/form";
    }

}
