package org.baclo.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baclo.app.InvalidInputException;
import org.baclo.patient.PatientService;
import org.baclo.pumpclinic.PumpService;
import org.baclo.safety.Finding;
import org.baclo.security.BacloPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pump page of a patient (record, refill, dose change, dates, history) and the care
 * team's refill list.
 */
@Controller
class PumpPages {

    private final PumpService pumps;

    private final PatientService patients;

    PumpPages(PumpService pumps, PatientService patients) {
        this.pumps = pumps;
        this.patients = patients;
    }

    @GetMapping("/patients/{id}/pump")
    String view(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, Model model) {
        return page(user, id, model, null, Map.of(), Map.of());
    }

    private String page(BacloPrincipal user, long id, Model model, String form, Map<String, String> errors,
            Map<String, String> values) {
        Optional<PumpService.PumpStatus> status = pumps.status(user, id);
        model.addAttribute("patient", patients.get(user, id));
        model.addAttribute("status", status.orElse(null));
        model.addAttribute("errors", errors);
        Map<String, String> pumpValues = new LinkedHashMap<>();
        status.ifPresent(s -> {
            pumpValues.put("model", s.pump().model());
            pumpValues.put("reservoirMl", s.pump().reservoirMl().stripTrailingZeros().toPlainString());
            pumpValues.put("alarmMl", s.pump().alarmMl().stripTrailingZeros().toPlainString());
            pumpValues.put("implantDate", s.pump().implantDate() == null ? null : s.pump().implantDate().toString());
            pumpValues.put("catheterTip", s.pump().catheterTip());
            pumpValues.put("clinicBufferDays", String.valueOf(s.pump().clinicBufferDays()));
        });
        for (String f : List.of("pump", "refill", "dose")) {
            boolean current = f.equals(form);
            model.addAttribute(f + "Values", current ? values : f.equals("pump") ? pumpValues : Map.of());
            model.addAttribute(f + "Errors", current ? errors : Map.of());
        }
        return "pumps/view";
    }

    @PostMapping("/patients/{id}/pump")
    String save(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam Map<String, String> p, Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            PumpService.PumpForm f = new PumpService.PumpForm(p.get("model"), number(p, "reservoirMl", errors),
                    number(p, "alarmMl", errors), date(p, "implantDate", errors), p.get("origin"), p.get("catheterTip"),
                    integer(p, "clinicBufferDays", errors));
            if (errors.isEmpty()) {
                pumps.savePump(user, id, f);
                flash.addFlashAttribute("saved", "Pump saved.");
                return "redirect:/patients/" + id + "/pump";
            }
        }
        catch (InvalidInputException e) {
            errors.putAll(FormErrors.of(e));
        }
        return page(user, id, model, "pump", errors, p);
    }

    @PostMapping("/patients/{id}/pump/refills")
    String refill(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam Map<String, String> p, Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            PumpService.RefillForm f = new PumpService.RefillForm(dateTime(p, "filledAt", errors),
                    number(p, "residualMl", errors), number(p, "volumeMl", errors),
                    number(p, "concentrationMcgMl", errors), number(p, "doseMcgDay", errors));
            if (errors.isEmpty()) {
                return done(pumps.recordRefill(user, id, f).findings(), "Refill recorded.", id, flash);
            }
        }
        catch (InvalidInputException e) {
            errors.putAll(FormErrors.of(e));
        }
        return page(user, id, model, "refill", errors, p);
    }

    @PostMapping("/patients/{id}/pump/dose")
    String dose(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam Map<String, String> p, Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            PumpService.DoseForm f = new PumpService.DoseForm(dateTime(p, "from", errors),
                    number(p, "proposedMcgDay", errors), p.containsKey("atRefill"), p.get("reason"));
            if (errors.isEmpty()) {
                return done(pumps.changeDose(user, id, f).findings(), "Dose changed.", id, flash);
            }
        }
        catch (InvalidInputException e) {
            errors.putAll(FormErrors.of(e));
        }
        return page(user, id, model, "dose", errors, p);
    }

    @GetMapping("/pumps/refills")
    String refills(@AuthenticationPrincipal BacloPrincipal user, Model model) {
        model.addAttribute("entries", pumps.refillList(user));
        return "pumps/refills";
    }

    /**
     * A finding as the page shows it after a redirect. Flash attributes live in the
     * session, which lives in the database (Spring Session JDBC), so they must be
     * serializable.
     */
    record FindingView(String code, String severity, String message, String rationale,
            String sourceText) implements java.io.Serializable {
        static FindingView of(Finding f) {
            return new FindingView(f.code().name(), f.severity().name(), f.message(), f.rationale(), f.sourceText());
        }
    }

    private static String done(List<Finding> findings, String message, long id, RedirectAttributes flash) {
        flash.addFlashAttribute("saved", message);
        flash.addFlashAttribute("findings", new java.util.ArrayList<>(findings.stream().map(FindingView::of).toList()));
        return "redirect:/patients/" + id + "/pump";
    }

    private static BigDecimal number(Map<String, String> p, String field, Map<String, String> errors) {
        String v = p.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.trim());
        }
        catch (NumberFormatException e) {
            errors.put(field, "Enter a number, e.g. 20 or 0.5.");
            return null;
        }
    }

    private static Integer integer(Map<String, String> p, String field, Map<String, String> errors) {
        BigDecimal n = number(p, field, errors);
        if (n != null && n.stripTrailingZeros().scale() > 0) {
            errors.put(field, "Enter a whole number of days.");
            return null;
        }
        return n == null ? null : n.intValue();
    }

    private static LocalDate date(Map<String, String> p, String field, Map<String, String> errors) {
        String v = p.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        }
        catch (DateTimeParseException e) {
            errors.put(field, "Enter a date as YYYY-MM-DD.");
            return null;
        }
    }

    private static LocalDateTime dateTime(Map<String, String> p, String field, Map<String, String> errors) {
        String v = p.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.trim());
        }
        catch (DateTimeParseException e) {
            errors.put(field, "Enter a date and time.");
            return null;
        }
    }

}
