package org.baclo.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.baclo.app.NotFoundException;
import org.baclo.pump.RefillSchedule;
import org.baclo.pumpclinic.PeriodForm;
import org.baclo.pumpclinic.PrescriptionRow;
import org.baclo.pumpclinic.PumpRecord;
import org.baclo.pumpclinic.PumpService;
import org.baclo.pumpclinic.RefillRow;
import org.baclo.pumpclinic.ScreeningService;
import org.baclo.report.PlanDocument.FindingDoc;
import org.baclo.report.PumpDocument;
import org.baclo.security.BacloPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intrathecal pumps: the pump record, refills, dose changes and the care team's refill
 * list. Audited.
 */
@RestController
@Tag(name = "Pumps", description = "Intrathecal baclofen pumps (mcg, mcg/day, mcg/mL). Every call is audited.")
class PumpApi {

    private final PumpService pumps;

    private final ScreeningService screening;

    PumpApi(PumpService pumps, ScreeningService screening) {
        this.pumps = pumps;
        this.screening = screening;
    }

    /** The dates of the current fill. */
    record ScheduleDoc(BigDecimal dailyVolumeMl, String alarmDate, String emptyDate, String stabilityLimitDate,
            String refillDueDate, List<FindingDoc> findings) {
        static ScheduleDoc of(RefillSchedule s) {
            PumpDocument.RefillDoc d = PumpDocument.refill(s);
            return new ScheduleDoc(d.dailyVolumeMl(), d.alarmDate(), d.emptyDate(), d.stabilityLimitDate(),
                    d.refillDueDate(), d.findings());
        }
    }

    record PumpDoc(PumpRecord pump, ScheduleDoc schedule, List<RefillRow> refills,
            List<PrescriptionRow> prescriptions) {
    }

    record CheckedDoc(List<FindingDoc> findings, ScheduleDoc schedule) {
        static CheckedDoc of(PumpService.Checked c) {
            return new CheckedDoc(PumpDocument.findings(c.findings()), c.schedule().map(ScheduleDoc::of).orElse(null));
        }
    }

    record RefillListDoc(long patientId, String patientName, String model, BigDecimal reservoirMl,
            ScheduleDoc schedule) {
    }

    record PumpRequest(String model, BigDecimal reservoirMl, BigDecimal alarmMl, LocalDate implantDate, String origin,
            String catheterTip, Integer clinicBufferDays) {
    }

    /**
     * A refill; {@code mode} continuous (default, {@code doseMcgDay}) or flexed
     * ({@code periods}).
     */
    record RefillRequest(LocalDateTime filledAt, BigDecimal residualMl, BigDecimal volumeMl,
            BigDecimal concentrationMcgMl, BigDecimal doseMcgDay, String mode, List<PeriodForm> periods) {
    }

    /**
     * A dose change; {@code mode} continuous (default, {@code proposedMcgDay}) or flexed
     * ({@code periods}: start and end HH:MM, mcgPerHour).
     */
    record DoseRequest(LocalDateTime from, BigDecimal proposedMcgDay, Boolean atRefill, String reason, String mode,
            List<PeriodForm> periods) {
    }

    @GetMapping(path = "/api/v1/patients/{id}/pump", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The patient's pump, the dates of its current fill, its refills and prescriptions")
    PumpDoc get(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id) {
        PumpService.PumpStatus s = pumps.status(user, id)
            .orElseThrow(() -> new NotFoundException("Patient " + id + " has no pump recorded."));
        return new PumpDoc(s.pump(), s.schedule().map(ScheduleDoc::of).orElse(null), s.refills(), s.prescriptions());
    }

    @PutMapping(path = "/api/v1/patients/{id}/pump", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record or update the patient's pump (clinicians)")
    PumpRecord put(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, @RequestBody PumpRequest r) {
        return pumps.savePump(user, id, new PumpService.PumpForm(r.model(), r.reservoirMl(), r.alarmMl(),
                r.implantDate(), r.origin(), r.catheterTip(), r.clinicBufferDays()));
    }

    @PostMapping(path = "/api/v1/patients/{id}/pump/refills", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a refill: residual withdrawn (checked against the expected one), volume added,"
            + " concentration and dose (clinicians)")
    CheckedDoc refill(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestBody RefillRequest r) {
        return CheckedDoc.of(pumps.recordRefill(user, id, new PumpService.RefillForm(r.filledAt(), r.residualMl(),
                r.volumeMl(), r.concentrationMcgMl(), r.doseMcgDay(), r.mode(), r.periods())));
    }

    @PostMapping(path = "/api/v1/patients/{id}/pump/prescriptions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the pump's programme (continuous daily dose, or flexed periods round the day);"
            + " checked against the intrathecal titration limits")
    CheckedDoc dose(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, @RequestBody DoseRequest r) {
        return CheckedDoc.of(pumps.changeDose(user, id, new PumpService.DoseForm(r.from(), r.proposedMcgDay(),
                Boolean.TRUE.equals(r.atRefill()), r.reason(), r.mode(), r.periods())));
    }

    /** The screening trial: every bolus given so far, in order. */
    record ScreeningRequest(List<ScreeningService.BolusForm> boluses) {
    }

    @GetMapping(path = "/api/v1/patients/{id}/pump/screening", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The patient's intrathecal screening trial: boluses, verdict, suggested starting pump dose")
    PumpDocument.ScreeningDoc screening(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id) {
        return doc(screening.trial(user, id));
    }

    @PostMapping(path = "/api/v1/patients/{id}/pump/screening", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the screening trial (boluses of 50, 75, 100 mcg in order, each none or positive with"
            + " effectHours); returns the verdict and the suggested starting pump dose (clinicians)")
    PumpDocument.ScreeningDoc recordScreening(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestBody ScreeningRequest r) {
        return doc(screening.record(user, id, r.boluses()));
    }

    private static PumpDocument.ScreeningDoc doc(ScreeningService.Trial t) {
        return PumpDocument.screening(t.boluses(), t.outcome(), t.start());
    }

    @GetMapping(path = "/api/v1/pumps/refills", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The care team's pumps by refill due date (clinicians)")
    List<RefillListDoc> refills(@AuthenticationPrincipal BacloPrincipal user) {
        return pumps.refillList(user)
            .stream()
            .map(e -> new RefillListDoc(e.patientId(), e.patientName(), e.pump().model(), e.pump().reservoirMl(),
                    ScheduleDoc.of(e.schedule())))
            .toList();
    }

}
