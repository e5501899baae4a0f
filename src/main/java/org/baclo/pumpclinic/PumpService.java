package org.baclo.pumpclinic;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.baclo.app.FieldProblem;
import org.baclo.app.InvalidInputException;
import org.baclo.app.NotFoundException;
import org.baclo.diary.FollowUpDataChanged;
import org.baclo.knowledge.Knowledge;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientAccess;
import org.baclo.pump.Fill;
import org.baclo.pump.Origin;
import org.baclo.pump.Prescription;
import org.baclo.pump.PrescriptionChange;
import org.baclo.pump.PumpRules;
import org.baclo.pump.RefillSchedule;
import org.baclo.pump.Residuals;
import org.baclo.safety.Finding;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.baclo.units.McgPerDay;
import org.baclo.units.McgPerMl;
import org.baclo.units.Millilitres;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's intrathecal pump: the record, refills (expected residual checked), dose
 * changes (checked against the titration limits) and the refill dates; the care team's
 * refill list. Clinicians change records; the patient may read their own. Every change
 * commits with its audit row; a change publishes {@link FollowUpDataChanged} so the pump
 * alerts are re-evaluated.
 */
@Service
public class PumpService {

    static final BigDecimal MAX_ML = new BigDecimal("100");
    static final BigDecimal MAX_MCG = new BigDecimal("100000");

    private final PumpStore store;

    private final PatientAccess access;

    private final AuditService audit;

    private final ApplicationEventPublisher events;

    private final PumpRules rules;

    private final Clock clock;

    PumpService(PumpStore store, PatientAccess access, AuditService audit, ApplicationEventPublisher events,
            Knowledge knowledge, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.rules = new PumpRules(knowledge);
        this.clock = clock;
    }

    /** The pump form: texts and numbers as typed. */
    public record PumpForm(String model, BigDecimal reservoirMl, BigDecimal alarmMl, LocalDate implantDate,
            String origin, String catheterTip, Integer clinicBufferDays) {
    }

    /**
     * A refill visit: residual withdrawn (absent at the first fill), volume added,
     * concentration, dose.
     */
    public record RefillForm(LocalDateTime filledAt, BigDecimal residualMl, BigDecimal volumeMl,
            BigDecimal concentrationMcgMl, BigDecimal doseMcgDay, String mode, List<PeriodForm> periods) {
        /** A continuous refill. */
        public RefillForm(LocalDateTime filledAt, BigDecimal residualMl, BigDecimal volumeMl,
                BigDecimal concentrationMcgMl, BigDecimal doseMcgDay) {
            this(filledAt, residualMl, volumeMl, concentrationMcgMl, doseMcgDay, null, List.of());
        }
    }

    /**
     * A dose change between refills (or at one), optionally for side effects: continuous
     * (a daily dose) or flexed (periods).
     */
    public record DoseForm(LocalDateTime from, BigDecimal proposedMcgDay, boolean atRefill, String reason, String mode,
            List<PeriodForm> periods) {
        /** A continuous dose change. */
        public DoseForm(LocalDateTime from, BigDecimal proposedMcgDay, boolean atRefill, String reason) {
            this(from, proposedMcgDay, atRefill, reason, null, List.of());
        }
    }

    /** Everything the pump page shows. */
    public record PumpStatus(Patient patient, PumpRecord pump, List<RefillRow> refills,
            List<PrescriptionRow> prescriptions, Optional<RefillSchedule> schedule) {
        public Optional<RefillRow> lastFill() {
            return refills.isEmpty() ? Optional.empty() : Optional.of(refills.get(refills.size() - 1));
        }

        public Optional<PrescriptionRow> current() {
            return prescriptions.isEmpty() ? Optional.empty()
                    : Optional.of(prescriptions.get(prescriptions.size() - 1));
        }
    }

    /** One row of the refill list. */
    public record RefillListEntry(long patientId, String patientName, PumpRecord pump, RefillSchedule schedule) {
    }

    /** What a refill or a dose change found. */
    public record Checked(List<Finding> findings, Optional<RefillSchedule> schedule) {
    }

    @Transactional(readOnly = true)
    public Optional<PumpStatus> status(BacloPrincipal user, long patientId) {
        Patient p = access.require(user, patientId, "PUMP_READ");
        audit.record("PUMP_READ", patientId, AuditOutcome.OK, null);
        return store.pump(patientId).map(pump -> status(p, pump));
    }

    private PumpStatus status(Patient p, PumpRecord pump) {
        List<RefillRow> refills = store.refills(p.id());
        List<PrescriptionRow> prescriptions = store.prescriptions(p.id());
        return new PumpStatus(p, pump, refills, prescriptions, schedule(pump, refills, prescriptions));
    }

    @Transactional
    public PumpRecord savePump(BacloPrincipal user, long patientId, PumpForm f) {
        access.requireClinician(user, patientId, "PUMP_SAVE");
        access.require(user, patientId, "PUMP_SAVE");
        List<FieldProblem> problems = new ArrayList<>();
        String model = Fields.text(f.model(), "model", 100, true, problems);
        String tip = Fields.text(f.catheterTip(), "catheterTip", 40, false, problems);
        BigDecimal reservoir = Fields.number(f.reservoirMl(), "reservoirMl", BigDecimal.ZERO, MAX_ML, "mL", problems);
        BigDecimal alarm = f.alarmMl() == null ? new BigDecimal("2") : f.alarmMl();
        if (alarm.signum() < 0 || reservoir != null && alarm.compareTo(reservoir) >= 0) {
            problems.add(new FieldProblem("alarmMl", "must be from 0 mL to below the reservoir size"));
        }
        Origin origin = origin(f.origin(), problems);
        int buffer = f.clinicBufferDays() == null ? 7 : f.clinicBufferDays();
        if (buffer < 0 || buffer > 90) {
            problems.add(new FieldProblem("clinicBufferDays", "must be from 0 to 90 days"));
        }
        if (f.implantDate() != null && f.implantDate().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("implantDate", "must not be in the future"));
        }
        refuse(problems, patientId, "PUMP_SAVE");
        PumpRecord pump = new PumpRecord(patientId, model, reservoir, alarm, f.implantDate(), origin, tip, buffer);
        store.save(pump, user.username(), clock.instant());
        audit.record("PUMP_SAVE", patientId, AuditOutcome.OK,
                model + ", " + reservoir.toPlainString() + " mL, " + origin.id());
        events.publishEvent(new FollowUpDataChanged(patientId));
        return pump;
    }

    @Transactional
    public Checked recordRefill(BacloPrincipal user, long patientId, RefillForm f) {
        access.requireClinician(user, patientId, "PUMP_REFILL");
        access.require(user, patientId, "PUMP_REFILL");
        PumpRecord pump = store.pump(patientId).orElseThrow(() -> new NotFoundException("Record the pump first."));
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal volume = Fields.number(f.volumeMl(), "volumeMl", BigDecimal.ZERO, pump.reservoirMl(), "mL",
                problems);
        BigDecimal concentration = concentration(f.concentrationMcgMl(), problems);
        Optional<Programmes.Programme> programme = Programmes.check(f.mode(), f.doseMcgDay(), "doseMcgDay", f.periods(),
                problems);
        List<RefillRow> refills = store.refills(patientId);
        LocalDateTime at = f.filledAt() == null ? LocalDateTime.now(clock) : f.filledAt();
        if (at.isAfter(LocalDateTime.now(clock).plusHours(1))) {
            problems.add(new FieldProblem("filledAt", "must not be in the future"));
        }
        Optional<RefillRow> last = refills.isEmpty() ? Optional.empty() : Optional.of(refills.get(refills.size() - 1));
        if (last.isPresent() && !at.isAfter(last.get().filledAt())) {
            problems.add(new FieldProblem("filledAt", "must be after the last fill (" + last.get().filledAt() + ")"));
        }
        if (f.residualMl() != null
                && (f.residualMl().signum() < 0 || f.residualMl().compareTo(pump.reservoirMl()) > 0)) {
            problems.add(new FieldProblem("residualMl",
                    "must be from 0 to the reservoir size (" + pump.reservoirMl().toPlainString() + " mL)"));
        }
        if (last.isPresent() && f.residualMl() == null) {
            problems.add(new FieldProblem("residualMl",
                    "give the volume withdrawn: it is checked against the" + " expected residual"));
        }
        refuse(problems, patientId, "PUMP_REFILL");
        BigDecimal dose = programme.orElseThrow().doseMcgDay();
        List<Finding> findings = new ArrayList<>();
        BigDecimal expected = null;
        if (last.isPresent()) {
            List<PrescriptionRow> rows = store.prescriptions(patientId);
            Millilitres e = Residuals.expected(fill(pump, last.get(), rows), changes(rows), at);
            expected = e.value();
            rules.residual(e, new Millilitres(f.residualMl())).ifPresent(findings::add);
        }
        rules.concentration(new McgPerMl(concentration)).ifPresent(findings::add);
        Optional<PrescriptionRow> current = current(store.prescriptions(patientId));
        if (current.isPresent()) {
            findings.addAll(rules.doseChange(new McgPerDay(current.get().doseMcgDay()), new McgPerDay(dose),
                    pump.origin(), true));
        }
        String text = text(findings);
        store.insertRefill(patientId, at, f.residualMl(), expected, volume, concentration, dose, text, user.username(),
                clock.instant());
        store.insertPrescription(patientId, at, concentration, dose, programme.get().periods(), "refill", null,
                user.username(), clock.instant());
        audit.record("PUMP_REFILL", patientId, AuditOutcome.OK,
                volume.toPlainString() + " mL of " + concentration.toPlainString() + " mcg/mL at "
                        + dose.toPlainString() + " mcg/day" + (text == null ? "" : "; " + codes(findings)));
        events.publishEvent(new FollowUpDataChanged(patientId));
        return new Checked(findings, schedule(pump, store.refills(patientId), store.prescriptions(patientId)));
    }

    @Transactional
    public Checked changeDose(BacloPrincipal user, long patientId, DoseForm f) {
        access.requireClinician(user, patientId, "PUMP_DOSE");
        Patient patient = access.require(user, patientId, "PUMP_DOSE");
        PumpRecord pump = store.pump(patientId).orElseThrow(() -> new NotFoundException("Record the pump first."));
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Programmes.Programme> programme = Programmes.check(f.mode(), f.proposedMcgDay(), "proposedMcgDay",
                f.periods(), problems);
        List<PrescriptionRow> prescriptions = store.prescriptions(patientId);
        Optional<PrescriptionRow> current = current(prescriptions);
        if (current.isEmpty()) {
            problems.add(new FieldProblem("proposedMcgDay", "record the first fill before changing the dose"));
        }
        LocalDateTime from = f.from() == null ? LocalDateTime.now(clock) : f.from();
        if (current.isPresent() && !from.isAfter(current.get().validFrom())) {
            problems.add(new FieldProblem("from",
                    "must be after the current prescription began (" + current.get().validFrom() + ")"));
        }
        if (f.reason() != null && !f.reason().isBlank() && !f.reason().equals("side-effects")) {
            problems.add(new FieldProblem("reason", "allowed: side-effects, or none"));
        }
        refuse(problems, patientId, "PUMP_DOSE");
        BigDecimal dose = programme.orElseThrow().doseMcgDay();
        List<Finding> findings = new ArrayList<>(rules.doseChange(new McgPerDay(current.get().doseMcgDay()),
                new McgPerDay(dose), pump.origin(), f.atRefill()));
        findings.addAll(rules.medications(patient.medicationNames()));
        store.insertPrescription(patientId, from, current.get().concentrationMcgMl(), dose, programme.get().periods(),
                f.reason() == null || f.reason().isBlank() ? null : f.reason(), text(findings), user.username(),
                clock.instant());
        audit.record("PUMP_DOSE", patientId, AuditOutcome.OK, current.get().doseMcgDay().toPlainString() + " → "
                + dose.toPlainString() + " mcg/day" + (findings.isEmpty() ? "" : "; " + codes(findings)));
        events.publishEvent(new FollowUpDataChanged(patientId));
        return new Checked(findings, schedule(pump, store.refills(patientId), store.prescriptions(patientId)));
    }

    /** The care team's pumps sorted by refill due date (pumps with no fill yet last). */
    @Transactional(readOnly = true)
    public List<RefillListEntry> refillList(BacloPrincipal user) {
        access.requireClinician(user, null, "PUMP_REFILL_LIST");
        List<RefillListEntry> out = new ArrayList<>();
        for (long id : store.patientsWithPump(access.teamsOf(user))) {
            Patient p = access.require(user, id, "PUMP_REFILL_LIST");
            PumpStatus s = status(p, store.pump(id).orElseThrow());
            s.schedule().ifPresent(x -> out.add(new RefillListEntry(id, p.name(), s.pump(), x)));
        }
        out.sort(Comparator.comparing((RefillListEntry e) -> e.schedule().refillDueDate())
            .thenComparing(RefillListEntry::patientId));
        audit.record("PUMP_REFILL_LIST", null, AuditOutcome.OK,
                "patients " + out.stream().map(e -> String.valueOf(e.patientId())).collect(Collectors.joining(",")));
        return out;
    }

    /**
     * For the pump alert source: the pump, its fills and prescriptions, without a user
     * (system rule).
     */
    Optional<PumpStatus> statusForAlerts(Patient p) {
        return store.pump(p.id()).map(pump -> status(p, pump));
    }

    /**
     * The dates of the current fill: the volume left when the current prescription began
     * (expected residual) is projected at its daily volume; the stability limit counts
     * from the fill.
     */
    Optional<RefillSchedule> schedule(PumpRecord pump, List<RefillRow> refills, List<PrescriptionRow> prescriptions) {
        if (refills.isEmpty()) {
            return Optional.empty();
        }
        RefillRow last = refills.get(refills.size() - 1);
        Fill fill = fill(pump, last, prescriptions);
        PrescriptionRow current = current(prescriptions).orElseThrow();
        Duration buffer = Duration.ofDays(pump.clinicBufferDays());
        if (!current.validFrom().isAfter(last.filledAt())) {
            return Optional.of(rules.schedule(fill, Optional.of(buffer)));
        }
        Millilitres left = Residuals.expected(fill, changes(prescriptions), current.validFrom());
        if (left.value().signum() == 0) {
            left = new Millilitres(new BigDecimal("0.01"));
        }
        Fill now = new Fill(current.validFrom(), left, fill.reservoir(), fill.alarm(),
                Programmes.prescription(current));
        RefillSchedule projected = rules.schedule(now, Optional.of(buffer));
        LocalDate stability = last.filledAt().plus(rules.stabilityInterval()).toLocalDate();
        LocalDate alarmMinusBuffer = projected.alarmDate().minusDays(buffer.toDays());
        LocalDate due = alarmMinusBuffer.isBefore(stability) ? alarmMinusBuffer : stability;
        return Optional.of(new RefillSchedule(projected.dailyVolume(), projected.alarmDate(), projected.emptyDate(),
                stability, due, projected.findings()));
    }

    /**
     * The fill of a refill with the prescription programmed at it (flexed or not); a
     * refill without one is read as continuous at its dose.
     */
    private static Fill fill(PumpRecord pump, RefillRow r, List<PrescriptionRow> prescriptions) {
        Prescription programmed = prescriptions.stream()
            .filter(x -> !x.validFrom().isAfter(r.filledAt()))
            .reduce((a, b) -> b)
            .filter(x -> x.validFrom().equals(r.filledAt()))
            .map(Programmes::prescription)
            .orElse(Programmes.prescription(r.concentrationMcgMl(), r.doseMcgDay(), List.of()));
        return new Fill(r.filledAt(), new Millilitres(r.volumeMl()), new Millilitres(pump.reservoirMl()),
                new Millilitres(pump.alarmMl()), programmed);
    }

    private static List<PrescriptionChange> changes(List<PrescriptionRow> rows) {
        return rows.stream().map(r -> new PrescriptionChange(r.validFrom(), Programmes.prescription(r))).toList();
    }

    private static Optional<PrescriptionRow> current(List<PrescriptionRow> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }

    private BigDecimal concentration(BigDecimal c, List<FieldProblem> problems) {
        BigDecimal v = Fields.number(c, "concentrationMcgMl", BigDecimal.ZERO, MAX_MCG, "mcg/mL", problems);
        if (v != null && rules.looksLikeMgPerMl(v)) {
            problems.add(new FieldProblem("concentrationMcgMl", v.toPlainString() + " looks like mg/mL; did you mean "
                    + v.multiply(BigDecimal.valueOf(1000)).stripTrailingZeros().toPlainString() + " mcg/mL?"));
            return null;
        }
        return v;
    }

    private static Origin origin(String v, List<FieldProblem> problems) {
        for (Origin o : Origin.values()) {
            if (o.id().equals(v == null ? null : v.trim().toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        problems.add(new FieldProblem("origin", "choose spinal or cerebral"));
        return null;
    }

    private void refuse(List<FieldProblem> problems, long patientId, String action) {
        if (!problems.isEmpty()) {
            audit.record(action, patientId, AuditOutcome.INVALID,
                    problems.get(0).field() + ": " + problems.get(0).message());
            throw new InvalidInputException(problems);
        }
    }

    private static String text(List<Finding> findings) {
        return findings.isEmpty() ? null
                : findings.stream()
                    .map(f -> f.severity() + " " + f.code() + ": " + f.message())
                    .collect(Collectors.joining("\n"));
    }

    private static String codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code().name()).collect(Collectors.joining(", "));
    }

    static ZoneId zone(Patient p) {
        return ZoneId.of(p.timeZone());
    }

    Instant now() {
        return clock.instant();
    }

}
