package org.baclo.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baclo.app.InvalidInputException;
import org.baclo.patient.PatientService;
import org.baclo.pumpclinic.PeriodForm;
import org.baclo.pumpclinic.PeriodRow;
import org.baclo.pumpclinic.PrescriptionRow;
import org.baclo.pumpclinic.PumpService;
import org.baclo.pumpclinic.ScreeningService;
import org.baclo.report.PumpDocument;
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

    private static final int MAX_ROWS = 24;

    private final PumpService pumps;

    private final PatientService patients;

    private final ScreeningService screening;

    PumpPages(PumpService pumps, PatientService patients, ScreeningService screening) {
        this.pumps = pumps;
        this.patients = patients;
        this.screening = screening;
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
        Map<String, String> doseValues = new LinkedHashMap<>();
        status.flatMap(PumpService.PumpStatus::current).filter(PrescriptionRow::flexed).ifPresent(rx -> {
            doseValues.put("mode", PrescriptionRow.FLEXED);
            doseValues.put("rows", String.valueOf(rx.periods().size()));
            for (int i = 0; i < rx.periods().size(); i++) {
                PeriodRow x = rx.periods().get(i);
                doseValues.put("periods[" + i + "].start", x.start().toString());
                doseValues.put("periods[" + i + "].end", x.end().toString());
                doseValues.put("periods[" + i + "].mcgPerHour", x.mcgPerHour().stripTrailingZeros().toPlainString());
            }
        });
        ScreeningService.Trial trial = screening.trial(user, id);
        PumpDocument.ScreeningDoc trialDoc = PumpDocument.screening(trial.boluses(), trial.outcome(), trial.start());
        model.addAttribute("screening", trialDoc);
        Map<String, String> bolusValues = new LinkedHashMap<>();
        if (trialDoc.nextBolusMcg() != null) {
            bolusValues.put("doseMcg", trialDoc.nextBolusMcg().toPlainString());
        }
        for (String f : List.of("pump", "refill", "dose", "screening")) {
            boolean current = f.equals(form);
            model.addAttribute(f + "Values", current ? values : switch (f) {
                case "pump" -> pumpValues;
                case "dose" -> doseValues;
                case "screening" -> bolusValues;
                default -> Map.of();
            });
            model.addAttribute(f + "Errors", current ? errors : Map.of());
        }
        int rows = rows("dose".equals(form) ? values : doseValues);
        model.addAttribute("periodRows", java.util.stream.IntStream.range(0, rows).boxed().toList());
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
            // a flexed programme is kept as it is at a refill when asked (its periods,
            // not a daily dose)
            List<PeriodForm> keep = !p.containsKey("keepFlexed") ? List.of()
                    : pumps.status(user, id)
                        .flatMap(PumpService.PumpStatus::current)
                        .filter(PrescriptionRow::flexed)
                        .map(rx -> rx.periods()
                            .stream()
                            .map(x -> new PeriodForm(x.start().toString(), x.end().toString(), x.mcgPerHour()))
                            .toList())
                        .orElse(List.of());
            PumpService.RefillForm f = new PumpService.RefillForm(dateTime(p, "filledAt", errors),
                    number(p, "residualMl", errors), number(p, "volumeMl", errors),
                    number(p, "concentrationMcgMl", errors), keep.isEmpty() ? number(p, "doseMcgDay", errors) : null,
                    keep.isEmpty() ? null : PrescriptionRow.FLEXED, keep);
            if (errors.isEmpty()) {
                return done(pumps.recordRefill(user, id, f).findings(), "Refill recorded.", id, flash);
            }
        }
        catch (InvalidInputException e) {
            errors.putAll(FormErrors.of(e));
        }
        return page(user, id, model, "refill", errors, p);
    }

    /**
     * A dose change, continuous or flexed; the buttons "Add a period" and "Remove" only
     * redraw the form (no script needed).
     */
    @PostMapping("/patients/{id}/pump/dose")
    String dose(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam Map<String, String> p, Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        String action = p.getOrDefault("action", "");
        if (action.equals("add-period") || action.startsWith("remove-period-")) {
            return page(user, id, model, "dose", errors, periodRowsChanged(p, action));
        }
        try {
            boolean flexed = PrescriptionRow.FLEXED.equals(p.get("mode"));
            List<PeriodForm> periods = new ArrayList<>();
            for (int i = 0; flexed && i < rows(p); i++) {
                String at = "periods[" + i + "].";
                periods
                    .add(new PeriodForm(p.get(at + "start"), p.get(at + "end"), number(p, at + "mcgPerHour", errors)));
            }
            PumpService.DoseForm f = new PumpService.DoseForm(dateTime(p, "from", errors),
                    flexed ? null : number(p, "proposedMcgDay", errors), p.containsKey("atRefill"), p.get("reason"),
                    p.get("mode"), periods);
            if (errors.isEmpty()) {
                return done(pumps.changeDose(user, id, f).findings(), "Dose changed.", id, flash);
            }
        }
        catch (InvalidInputException e) {
            errors.putAll(FormErrors.of(e));
        }
        return page(user, id, model, "dose", errors, p);
    }

    /** The number of period rows of the dose form (2 unless the form says otherwise). */
    private static int rows(Map<String, String> values) {
        try {
            int n = Integer.parseInt(values.getOrDefault("rows", "2").trim());
            return Math.max(2, Math.min(n, MAX_ROWS));
        }
        catch (NumberFormatException e) {
            return 2;
        }
    }

    /** The form's values with one period row added at the end, or row k removed. */
    private static Map<String, String> periodRowsChanged(Map<String, String> p, String action) {
        Map<String, String> values = new LinkedHashMap<>(p);
        values.remove("action");
        values.put("mode", PrescriptionRow.FLEXED);
        int rows = rows(p);
        if (action.equals("add-period")) {
            values.put("rows", String.valueOf(Math.min(rows + 1, MAX_ROWS)));
            return values;
        }
        int k;
        try {
            k = Integer.parseInt(action.substring("remove-period-".length()));
        }
        catch (NumberFormatException e) {
            return values;
        }
        if (k < 0 || k >= rows || rows <= 2) {
            return values;
        }
        for (int i = k; i < rows; i++) {
            for (String f : List.of("start", "end", "mcgPerHour")) {
                String next = p.get("periods[" + (i + 1) + "]." + f);
                if (next == null || i + 1 >= rows) {
                    values.remove("periods[" + i + "]." + f);
                }
                else {
                    values.put("periods[" + i + "]." + f, next);
                }
            }
        }
        values.put("rows", String.valueOf(rows - 1));
        return values;
    }

    /**
     * The next bolus of the screening trial and its response; {@code action=restart}
     * clears the trial.
     */
    @PostMapping("/patients/{id}/pump/screening")
    String screening(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam Map<String, String> p, Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            if ("restart".equals(p.get("action"))) {
                screening.record(user, id, List.of());
                flash.addFlashAttribute("saved", "Screening trial cleared.");
                return "redirect:/patients/" + id + "/pump#screening";
            }
            ScreeningService.BolusForm f = new ScreeningService.BolusForm(number(p, "doseMcg", errors),
                    p.get("response"), number(p, "effectHours", errors));
            if (errors.isEmpty()) {
                screening.add(user, id, f);
                flash.addFlashAttribute("saved", "Bolus recorded.");
                return "redirect:/patients/" + id + "/pump#screening";
            }
        }
        catch (InvalidInputException e) {
            errors.putAll(FormErrors.of(e));
        }
        return page(user, id, model, "screening", errors, p);
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
