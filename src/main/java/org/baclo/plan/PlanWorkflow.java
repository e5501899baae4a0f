package org.baclo.plan;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.baclo.app.FieldProblem;
import org.baclo.app.InvalidInputException;
import org.baclo.app.NotFoundException;
import org.baclo.diary.FollowUpDataChanged;
import org.baclo.app.Violations;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Severity;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientAccess;
import org.baclo.patient.PatientContexts;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.report.PlanDocument;
import org.baclo.report.PlanFiles;
import org.baclo.safety.CheckedPlan;
import org.baclo.units.Milligrams;
import org.baclo.safety.Finding;
import org.baclo.safety.PlanService;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.baclo.units.InputLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans of a patient: preview (plan and check without saving), save as a draft, activate
 * (a CRITICAL finding needs a typed override reason, stored with the plan; the active
 * plan before it is superseded from the new plan's first day, never overwritten), and
 * history. Access-checked and audited like every patient read or change.
 */
@Service
public class PlanWorkflow {

    /** Shortest override reason accepted: a few words, not a single character. */
    static final int MIN_REASON = 10;

    private final PlanRecordRepository records;

    private final PlanVersions versions;

    private final PatientAccess access;

    private final PatientContexts contexts;

    private final AuditService audit;

    private final Knowledge knowledge;

    private final PlanBuilder builder;

    private final JsonMapper json;

    private final Validator validator;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final PlanOverview overview;

    PlanWorkflow(PlanRecordRepository records, PlanVersions versions, PatientAccess access, PatientContexts contexts,
            AuditService audit, Knowledge knowledge, JsonMapper json, Validator validator, Clock clock,
            ApplicationEventPublisher events, PlanOverview overview) {
        this.overview = overview;
        this.validator = validator;
        this.records = records;
        this.versions = versions;
        this.access = access;
        this.contexts = contexts;
        this.audit = audit;
        this.knowledge = knowledge;
        this.builder = new PlanBuilder(knowledge, new PlanService(knowledge, clock));
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** A checked plan and its document, not saved. */
    public record Preview(CheckedPlan checked, PlanDocument document) {
    }

    /**
     * The builder previews on every change of a field: its read of the patient is audited
     * once per user and patient in this time (issue 14), whether the preview was valid or
     * not. Refusals are audited every time.
     */
    static final Duration PREVIEW_AUDIT_WINDOW = Duration.ofMinutes(30);

    /**
     * Without a transaction of its own (issue 15: BEGIN and COMMIT were a third of a
     * preview's database round trips): it only reads, each read is one statement (a whole
     * patient is read as one snapshot, see {@code PatientLists}), and the audit row is
     * written on its own.
     */
    public Preview preview(BacloPrincipal user, long patientId, PlanRequest request) {
        access.requireClinician(user, patientId, "PLAN_PREVIEW");
        Patient p = access.require(user, patientId, "PLAN_PREVIEW");
        Preview preview = plan(p, request, "PLAN_PREVIEW");
        audit.recordOnceWithin(PREVIEW_AUDIT_WINDOW, "PLAN_PREVIEW", patientId, AuditOutcome.OK, request.kind());
        return preview;
    }

    @Transactional
    public PlanView create(BacloPrincipal user, long patientId, PlanRequest request) {
        access.requireClinician(user, patientId, "PLAN_CREATE");
        Patient p = access.require(user, patientId, "PLAN_CREATE");
        Preview preview = plan(p, request, "PLAN_CREATE");
        LocalDate from = preview.checked().regimen().steps().get(0).startDate();
        Severity max = preview.checked()
            .findings()
            .stream()
            .map(Finding::severity)
            .max(Comparator.naturalOrder())
            .orElse(null);
        PlanRecord saved = records.save(new PlanRecord(null, patientId, versions.next(patientId),
                preview.checked().regimen().kind().id(), PlanStatus.DRAFT, from, null, null,
                json.writeValueAsString(request), json.writeValueAsString(preview.document()), max, null,
                user.username(), clock.instant(), null, null, null));
        audit.record("PLAN_CREATE", patientId, AuditOutcome.OK, "plan " + saved.id() + " v" + saved.versionNo());
        return view(saved);
    }

    /**
     * Activates a draft. A plan with a CRITICAL finding needs {@code overrideReason}. The
     * patient's active plan is superseded from the new plan's first day.
     */
    @Transactional
    public PlanView activate(BacloPrincipal user, long patientId, long planId, String overrideReason) {
        access.requireClinician(user, patientId, "PLAN_ACTIVATE");
        access.require(user, patientId, "PLAN_ACTIVATE");
        versions.lockPlans(patientId); // activations of one patient's plans take turns:
                                       // one active plan at most
        PlanRecord plan = records.findByIdAndPatientId(planId, patientId)
            .orElseThrow(() -> notFound(patientId, planId, "PLAN_ACTIVATE"));
        if (plan.status() != PlanStatus.DRAFT) {
            audit.record("PLAN_ACTIVATE", patientId, AuditOutcome.INVALID, "plan " + planId + " is " + plan.status());
            throw new InvalidInputException("status",
                    "Only a draft can be activated; this plan is " + plan.status().name().toLowerCase() + ".");
        }
        String reason = overrideReason == null ? null : overrideReason.trim();
        if (reason != null && reason.length() > InputLimits.REASON_MAX) {
            audit.record("PLAN_ACTIVATE", patientId, AuditOutcome.INVALID, "plan " + planId + ": reason too long");
            throw new InvalidInputException("overrideReason",
                    "Give the reason in at most " + InputLimits.REASON_MAX + " characters.");
        }
        if (plan.maxSeverity() == Severity.CRITICAL && (reason == null || reason.length() < MIN_REASON)) {
            audit.record("PLAN_ACTIVATE", patientId, AuditOutcome.INVALID,
                    "plan " + planId + ": CRITICAL finding without override reason");
            throw new InvalidInputException("overrideReason", "This plan has a CRITICAL finding. To activate it,"
                    + " type the clinical reason for overriding it (at least " + MIN_REASON + " characters).");
        }
        for (PlanRecord active : records.findAllByPatientIdAndStatus(patientId, PlanStatus.ACTIVE)) {
            records.save(active.supersededBy(planId, plan.effectiveFrom()));
        }
        PlanRecord saved = records
            .save(plan.activated(user.username(), clock.instant(), reason == null || reason.isEmpty() ? null : reason));
        audit.record("PLAN_ACTIVATE", patientId, AuditOutcome.OK,
                "plan " + planId + " v" + plan.versionNo() + (saved.overrideReason() == null ? "" : " with override"));
        events.publishEvent(new FollowUpDataChanged(patientId)); // alerts follow the new
                                                                 // plan once it commits
        return view(saved);
    }

    /**
     * Discards a draft (issue 14, item 4): drafts that will never be activated no longer
     * pile up. Only a draft can be discarded; active and superseded plans are the record
     * of what the patient was given and stay. The version number of a discarded draft is
     * not reused.
     */
    @Transactional
    public void discard(BacloPrincipal user, long patientId, long planId) {
        access.requireClinician(user, patientId, "PLAN_DISCARD");
        access.require(user, patientId, "PLAN_DISCARD");
        versions.lockPlans(patientId); // not while the same draft is being activated
        PlanRecord plan = records.findByIdAndPatientId(planId, patientId)
            .orElseThrow(() -> notFound(patientId, planId, "PLAN_DISCARD"));
        if (plan.status() != PlanStatus.DRAFT) {
            audit.record("PLAN_DISCARD", patientId, AuditOutcome.INVALID, "plan " + planId + " is " + plan.status());
            throw new InvalidInputException("status",
                    "Only a draft can be discarded; this plan is " + plan.status().name().toLowerCase() + ".");
        }
        records.delete(plan);
        audit.record("PLAN_DISCARD", patientId, AuditOutcome.OK, "plan " + planId + " v" + plan.versionNo());
    }

    @Transactional(readOnly = true)
    public List<PlanView> history(BacloPrincipal user, long patientId) {
        access.require(user, patientId, "PLAN_LIST");
        List<PlanView> list = records.findAllByPatientIdOrderByVersionNoDesc(patientId)
            .stream()
            .map(this::view)
            .toList();
        audit.record("PLAN_LIST", patientId, AuditOutcome.OK, list.size() + " plan(s)");
        return list;
    }

    /**
     * The new-plan form's start: the dose the active plan gives today (or on
     * {@code startDate}), shown and editable (BACLOFEN.md §4). Empty without an active
     * plan.
     */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> currentDose(BacloPrincipal user, long patientId, LocalDate startDate) {
        Patient p = access.require(user, patientId, "PLAN_READ");
        return activeDoseOn(patientId,
                startDate != null ? startDate : LocalDate.now(clock.withZone(java.time.ZoneId.of(p.timeZone()))));
    }

    @Transactional(readOnly = true)
    public PlanView get(BacloPrincipal user, long patientId, long planId) {
        access.require(user, patientId, "PLAN_READ");
        PlanRecord r = records.findByIdAndPatientId(planId, patientId)
            .orElseThrow(() -> notFound(patientId, planId, "PLAN_READ"));
        audit.record("PLAN_READ", patientId, AuditOutcome.OK, "plan " + planId);
        return view(r);
    }

    /**
     * The daily dose the patient's active plan gives on {@code day} (BACLOFEN.md §4: a
     * new plan starts from the current dose): the step holding that day, or after the
     * last step the last step's dose; empty without an active plan or before it starts.
     */
    public Optional<BigDecimal> activeDoseOn(long patientId, LocalDate day) {
        return overview.activeSteps(patientId).flatMap(s -> s.doseOn(day));
    }

    /** The dose of {@code plan} on {@code day} (see {@link #activeDoseOn}). */
    static Optional<BigDecimal> doseOn(PlanDocument plan, LocalDate day) {
        if (plan.steps() == null || plan.steps().isEmpty()) {
            return Optional.empty();
        }
        for (PlanDocument.StepDoc s : plan.steps()) {
            if (!day.isBefore(LocalDate.parse(s.startDate())) && !day.isAfter(LocalDate.parse(s.endDate()))) {
                return Optional.of(s.dailyMg());
            }
        }
        PlanDocument.StepDoc last = plan.steps().get(plan.steps().size() - 1);
        return day.isAfter(LocalDate.parse(last.endDate())) ? Optional.of(last.dailyMg()) : Optional.empty();
    }

    /**
     * The first day of a plan for this request: its start date, or today in the patient's
     * zone.
     */
    LocalDate firstDay(Patient p, PlanRequest request) {
        return request.startDate() != null ? request.startDate()
                : LocalDate.now(clock.withZone(java.time.ZoneId.of(p.timeZone())));
    }

    private Preview plan(Patient p, PlanRequest request, String action) {
        List<FieldProblem> problems = new java.util.ArrayList<>(Violations.of(validator, request));
        LocalDate today = LocalDate.now(clock);
        if (request.startDate() != null
                && !InputLimits.isPlausible(request.startDate(), today.plusYears(InputLimits.PLAN_START_YEARS_AHEAD))) {
            problems.add(new FieldProblem("startDate", "Start the plan between " + InputLimits.EARLIEST_DATE + " and "
                    + InputLimits.PLAN_START_YEARS_AHEAD + " years from today."));
        }
        if (!problems.isEmpty()) {
            invalid(action, p.id(), problems.get(0).field());
            throw new InvalidInputException(problems);
        }
        try {
            PatientContext context = contexts.context(p);
            Optional<Milligrams> current = activeDoseOn(p.id(), firstDay(p, request)).map(Milligrams::new);
            CheckedPlan checked = builder.build(request, context, current);
            return new Preview(checked, PlanDocument.of(checked, knowledge));
        }
        catch (InvalidRequestException e) {
            invalid(action, p.id(), e.field());
            throw new InvalidInputException(List.of(new FieldProblem(
                    PATIENT_FIELDS.contains(e.field()) ? "patient." + e.field() : e.field(), sentence(e.problem()))));
        }
    }

    private void invalid(String action, long patientId, String field) {
        if ("PLAN_PREVIEW".equals(action)) {
            audit.recordOnceWithin(PREVIEW_AUDIT_WINDOW, action, patientId, AuditOutcome.INVALID, field);
        }
        else {
            audit.record(action, patientId, AuditOutcome.INVALID, field);
        }
    }

    private static final java.util.Set<String> PATIENT_FIELDS = java.util.Set.of("ageYears", "sex", "weightKg",
            "heightCm", "renal", "creatinineMgDl", "creatinineUmolL", "measuredCrclMlPerMin", "conditions",
            "medications", "indication", "timeZone", "pregnant");

    private static String sentence(String s) {
        String t = s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    private NotFoundException notFound(long patientId, long planId, String action) {
        audit.record(action, patientId, AuditOutcome.NOT_FOUND, "plan " + planId);
        return new NotFoundException("No plan " + planId + " for this patient.");
    }

    private PlanView view(PlanRecord r) {
        return new PlanView(r.id(), r.patientId(), r.versionNo(), r.kind(), r.status(), r.effectiveFrom(),
                r.supersededOn(), r.supersededBy(), r.maxSeverity(), r.overrideReason(), r.createdBy(), r.createdAt(),
                r.activatedBy(), r.activatedAt(), json.readValue(r.requestJson(), PlanRequest.class),
                PlanFiles.document(r.planJson()));
    }

}
