package org.baclo.visitreport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.baclo.app.InvalidInputException;
import org.baclo.diary.AlertStore;
import org.baclo.diary.DiaryRecords;
import org.baclo.diary.StoredAlert;
import org.baclo.followup.Adherence;
import org.baclo.followup.Diary;
import org.baclo.followup.DiaryDose;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.SignList;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientAccess;
import org.baclo.plan.PlanCharts;
import org.baclo.plan.PlanStatus;
import org.baclo.plan.PlanView;
import org.baclo.plan.PlanWorkflow;
import org.baclo.pumpclinic.PumpService;
import org.baclo.report.Notice;
import org.baclo.report.PlanDocument;
import org.baclo.report.PumpDocument;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.baclo.units.Kilograms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * PDF visit reports of a period, from Thymeleaf templates: the clinician's (context with
 * CrCl, plan steps with product amounts and dispense totals, findings and alerts with
 * sources, recorded doses, pump dates, a chart of the plan, references) and the patient's
 * in plain words (the schedule by date, what to do about a missed dose, the warning
 * signs; no finding codes). Access is the patient record's; every report is audited.
 */
@Service
public class VisitReports {

    /** The longest period one report covers. */
    static final int MAX_DAYS = 92;
    static final String CONCENTRATION_TITLE = "Expected baclofen plasma concentration over the plan";

    /** Which report. */
    public enum Version {

        CLINICIAN, PATIENT

    }

    /**
     * A reference of the report: the source's key, its full citation and its link (null
     * when the knowledge base records none).
     */
    public record Citation(String key, String title, String url) {
    }

    /**
     * One row of the adherence table: the week (its Monday, or the whole period), the
     * doses due and taken, and taken of due as a rounded percentage ("n/a" when nothing
     * was due).
     */
    public record AdherenceRow(String label, int due, int taken, String percent) {
        static AdherenceRow of(String label, Adherence.Period p) {
            return new AdherenceRow(label, p.planned(), p.taken(), p.percent().map(x -> x + " %").orElse("n/a"));
        }
    }

    /** A day of the patient's schedule: the doses with their product amounts. */
    public record ScheduleDay(LocalDate date, List<String> doses) {
    }

    private final PatientAccess access;

    private final PlanWorkflow plans;

    private final AlertStore alerts;

    private final PumpService pumps;

    private final DiaryRecords diary;

    private final Knowledge knowledge;

    private final AuditService audit;

    private final ITemplateEngine templates;

    private final PlanCharts charts;

    private final Clock clock;

    VisitReports(PatientAccess access, PlanWorkflow plans, AlertStore alerts, PumpService pumps, DiaryRecords diary,
            Knowledge knowledge, AuditService audit, ITemplateEngine templates, PlanCharts charts, Clock clock) {
        this.charts = charts;
        this.access = access;
        this.plans = plans;
        this.alerts = alerts;
        this.pumps = pumps;
        this.diary = diary;
        this.knowledge = knowledge;
        this.audit = audit;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * The report as PDF bytes; the period defaults to the 28 days before and after today.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(BacloPrincipal user, long patientId, Version version, LocalDate from, LocalDate to) {
        String action = version == Version.PATIENT ? "REPORT_PATIENT_PDF" : "REPORT_PDF";
        if (version == Version.CLINICIAN) {
            // the clinician's document (finding codes, CrCl working): the patient has
            // their own version
            access.requireClinician(user, patientId, action);
        }
        Patient p = access.require(user, patientId, action);
        ZoneId zone = ZoneId.of(p.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = from == null ? today.minusDays(28) : from;
        LocalDate last = to == null ? first.plusDays(56) : to;
        if (last.isBefore(first)) {
            audit.record(action, patientId, AuditOutcome.INVALID, "to before from");
            throw new InvalidInputException("to", "must be on or after from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            audit.record(action, patientId, AuditOutcome.INVALID, "period too long");
            throw new InvalidInputException("from", "a period of at most " + MAX_DAYS + " days");
        }
        Optional<PlanView> plan = current(plans.history(user, patientId));
        Context ctx = new Context();
        ctx.setVariable("patient", p);
        ctx.setVariable("from", first);
        ctx.setVariable("to", last);
        ctx.setVariable("today", today);
        ctx.setVariable("plan", plan.orElse(null));
        ctx.setVariable("doc", plan.map(PlanView::plan).orElse(null));
        ctx.setVariable("schedule", plan.map(v -> schedule(v.plan(), first, last)).orElse(List.of()));
        ctx.setVariable("notice", Notice.TEXT);
        String html;
        if (version == Version.PATIENT) {
            ctx.setVariable("missedDose", knowledge.followUp().missedDose().text());
            ctx.setVariable("warningSigns", warningSigns());
            ctx.setVariable("references", citations(knowledge, patientSources()));
            html = templates.process("reports/patient", ctx);
        }
        else {
            ctx.setVariable("chartTitle", DoseChart.TITLE);
            ctx.setVariable("chart", plan.map(v -> alt(DoseChart.svg(v.plan().steps()), DoseChart.TITLE)).orElse(null));
            ctx.setVariable("concentrationTitle", CONCENTRATION_TITLE);
            ctx.setVariable("concentration", plan
                .flatMap(v -> charts.svg(v.plan(), Optional.ofNullable(p.weightKg()).map(Kilograms::new),
                        CONCENTRATION_TITLE))
                .map(svg -> alt(svg, CONCENTRATION_TITLE))
                .orElse(null));
            ctx.setVariable("alerts", alerts.open(patientId));
            Diary period = diary.between(patientId, first.atStartOfDay(zone).toInstant(),
                    last.plusDays(1).atStartOfDay(zone).toInstant());
            ctx.setVariable("doses", doses(period));
            ctx.setVariable("trendTitle", SymptomTrend.TITLE);
            ctx.setVariable("trendEmpty", SymptomTrend.EMPTY);
            ctx.setVariable("trend",
                    SymptomTrend.svg(period, zone, first, last).map(svg -> alt(svg, SymptomTrend.TITLE)).orElse(null));
            ctx.setVariable("adherence", adherence(patientId, zone, first, last));
            ctx.setVariable("pump", pumps.status(user, patientId).orElse(null));
            ctx.setVariable("refill",
                    pumps.status(user, patientId)
                        .flatMap(PumpService.PumpStatus::schedule)
                        .map(PumpDocument::refill)
                        .orElse(null));
            ctx.setVariable("references", citations(knowledge, references(plan, alerts.open(patientId))));
            html = templates.process("reports/visit", ctx);
        }
        byte[] pdf = PdfRenderer.render(html, "visit report");
        audit.record(action, patientId, AuditOutcome.OK, first + ".." + last);
        return pdf;
    }

    /** A text alternative on the chart (tagged PDF). */
    private static String alt(String svg, String text) {
        return svg.replaceFirst("<svg ", "<svg alt=\"" + text + "\" ");
    }

    private static Optional<PlanView> current(List<PlanView> history) {
        return history.stream()
            .filter(v -> v.status() == PlanStatus.ACTIVE)
            .findFirst()
            .or(() -> history.stream().filter(v -> v.status() == PlanStatus.DRAFT).findFirst());
    }

    /** Every day of the period that the plan covers, with its doses. */
    static List<ScheduleDay> schedule(PlanDocument doc, LocalDate from, LocalDate to) {
        List<ScheduleDay> out = new ArrayList<>();
        for (PlanDocument.StepDoc s : doc.steps()) {
            LocalDate a = LocalDate.parse(s.startDate());
            LocalDate b = LocalDate.parse(s.endDate());
            List<String> doses = s.doses().stream().map(d -> d.time() + " " + d.text()).toList();
            for (LocalDate d = a.isBefore(from) ? from : a; !d.isAfter(b) && !d.isAfter(to); d = d.plusDays(1)) {
                out.add(new ScheduleDay(d, doses));
            }
        }
        return out;
    }

    private List<String> warningSigns() {
        var r = knowledge.adverseReactions();
        LinkedHashSet<String> signs = new LinkedHashSet<>();
        for (SignList l : List.of(r.serious(), r.overdoseOral(), r.withdrawalOral())) {
            signs.addAll(l.signs());
        }
        return List.copyOf(signs);
    }

    /**
     * The sources of what the patient version says: the missed-dose advice and the
     * warning signs.
     */
    private List<String> patientSources() {
        var r = knowledge.adverseReactions();
        List<String> keys = new ArrayList<>(knowledge.followUp().missedDose().source());
        for (SignList l : List.of(r.serious(), r.overdoseOral(), r.withdrawalOral())) {
            keys.addAll(l.source());
        }
        return keys;
    }

    /** Counts of the recorded doses of the period: taken, skipped, extra. */
    private static int[] doses(Diary d) {
        int[] n = new int[3];
        for (DiaryDose x : d.doses()) {
            n[x.status().ordinal()]++;
        }
        return n;
    }

    /**
     * Adherence to the active plan in the period, per ISO week, then the whole period;
     * counted up to now (or the period's end when it is past). Empty without an active
     * plan.
     */
    private List<AdherenceRow> adherence(long patientId, ZoneId zone, LocalDate first, LocalDate last) {
        java.time.Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        java.time.Instant at = clock.instant().isBefore(end) ? clock.instant() : end;
        return diary.adherence(patientId, at).map(a -> {
            List<AdherenceRow> rows = new ArrayList<>();
            a.weeksBetween(first, last).forEach(w -> rows.add(AdherenceRow.of("Week of " + w.start(), w)));
            if (!rows.isEmpty()) {
                rows.add(AdherenceRow.of("Whole period", a.totalBetween(first, last)));
            }
            return rows;
        }).orElse(List.of());
    }

    /**
     * The sources of {@code keys} with their citations from sources.yaml; a text that is
     * not one key ("LBL-TAB, VLAV-2014") is split into its keys.
     */
    static List<Citation> citations(Knowledge knowledge, List<String> keys) {
        LinkedHashSet<String> each = new LinkedHashSet<>();
        keys.forEach(k -> java.util.Arrays.stream(k.split("[,;]"))
            .map(String::strip)
            .filter(x -> !x.isEmpty())
            .forEach(each::add));
        return each.stream()
            .map(k -> knowledge.source(k)
                .map(src -> new Citation(k, src.citation(), src.url()))
                .orElse(new Citation(k, k, null)))
            .toList();
    }

    private static List<String> references(Optional<PlanView> plan, List<StoredAlert> open) {
        LinkedHashSet<String> refs = new LinkedHashSet<>();
        plan.ifPresent(v -> {
            if (v.plan().crcl() != null && v.plan().crcl().source() != null) {
                refs.add(v.plan().crcl().source());
            }
            v.plan().appliedRules().forEach(r -> refs.add(r.source()));
            v.plan().findings().forEach(f -> refs.add(f.source()));
        });
        open.forEach(a -> refs.add(a.source()));
        refs.removeIf(s -> s == null || s.isBlank());
        return List.copyOf(refs);
    }

}
