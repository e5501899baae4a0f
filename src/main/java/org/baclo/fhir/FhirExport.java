package org.baclo.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.baclo.diary.AlertStore;
import org.baclo.diary.DiaryRecords;
import org.baclo.diary.StoredAlert;
import org.baclo.fhirmap.Bundles;
import org.baclo.fhirmap.ClinicalResources;
import org.baclo.fhirmap.DiaryResources;
import org.baclo.fhirmap.PlanMedicationRequest;
import org.baclo.followup.Diary;
import org.baclo.followup.DiaryDose;
import org.baclo.followup.Observation;
import org.baclo.knowledge.Knowledge;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientAccess;
import org.baclo.patient.PatientMedication;
import org.baclo.plan.PlanStatus;
import org.baclo.plan.PlanView;
import org.baclo.plan.PlanWorkflow;
import org.baclo.pumpclinic.PeriodRow;
import org.baclo.pumpclinic.PrescriptionRow;
import org.baclo.pumpclinic.PumpService;
import org.baclo.report.PlanDocument.FindingDoc;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's record as FHIR R4 resources: Patient, Conditions (indication and
 * conditions), co-medications, the baclofen plans in force or drafted (with their
 * findings), open alerts, the pump and its prescription, diary scores and recorded doses.
 * Access is the patient record's ({@link PatientAccess}); every export is audited.
 */
@Service
public class FhirExport {

    private final PatientAccess access;

    private final PlanWorkflow plans;

    private final AlertStore alerts;

    private final PumpService pumps;

    private final DiaryRecords diary;

    private final Knowledge knowledge;

    private final AuditService audit;

    private final Clock clock;

    private final String baseUrl;

    FhirExport(PatientAccess access, PlanWorkflow plans, AlertStore alerts, PumpService pumps, DiaryRecords diary,
            Knowledge knowledge, AuditService audit, Clock clock,
            @Value("${baclo.fhir.base-url:http://localhost:8080/fhir/r4}") String baseUrl) {
        this.access = access;
        this.plans = plans;
        this.alerts = alerts;
        this.pumps = pumps;
        this.diary = diary;
        this.knowledge = knowledge;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** The base URL the bundles' fullUrls start with. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The record as a collection bundle (the downloadable document). */
    @Transactional(readOnly = true)
    public Bundle document(BacloPrincipal user, long patientId) {
        return Bundles.of(Bundle.BundleType.COLLECTION, baseUrl, resources(user, patientId, "FHIR_EXPORT"),
                Date.from(clock.instant()));
    }

    /**
     * Every resource of the patient's record, after the access check; audited under
     * {@code action}.
     */
    @Transactional(readOnly = true)
    public List<Resource> resources(BacloPrincipal user, long patientId, String action) {
        Patient p = access.require(user, patientId, action);
        Reference subject = new Reference("Patient/" + p.id());
        List<Resource> out = new ArrayList<>();
        out.add(ClinicalResources.patient(String.valueOf(p.id()), p.name(), p.dateOfBirth(), p.sex()));
        if (p.indication() != null) {
            out.add(ClinicalResources.condition(p.id() + "-indication", p.indication(),
                    knowledge.indication(p.indication()).map(i -> i.name()).orElse(p.indication()), subject));
        }
        for (String c : p.conditionIds()) {
            out.add(ClinicalResources.condition(p.id() + "-condition-" + c, c,
                    knowledge.condition(c).map(x -> x.name()).orElse(c), subject));
        }
        int n = 0;
        for (PatientMedication m : p.medications()) {
            out.add(ClinicalResources.coMedication(p.id() + "-medication-" + (++n), m.name(),
                    knowledge.substance(m.name()).orElse(null), subject));
        }
        for (PlanView v : plans.history(user, p.id())) {
            if (v.status() == PlanStatus.SUPERSEDED) {
                continue;
            }
            String id = "plan-" + v.id();
            out.add(PlanMedicationRequest.of(id, v.plan(), v.status() == PlanStatus.ACTIVE, knowledge.drug(), subject));
            List<FindingDoc> findings = v.plan().findings() == null ? List.of() : v.plan().findings();
            for (int i = 0; i < findings.size(); i++) {
                FindingDoc f = findings.get(i);
                out.add(ClinicalResources.finding(id + "-finding-" + (i + 1), f.code(), f.severity().name(),
                        f.message(), f.rationale(), f.source(), subject, new Reference("MedicationRequest/" + id)));
            }
        }
        for (StoredAlert a : alerts.open(p.id())) {
            out.add(ClinicalResources.alert("alert-" + a.id(), a.code().name(), a.message(), a.source(), a.since(),
                    subject));
        }
        ZoneId zone = ZoneId.of(p.timeZone());
        pumps.status(user, p.id()).ifPresent(s -> {
            String pumpId = "pump-" + p.id();
            out.add(ClinicalResources.pump(pumpId, s.pump().model(), s.pump().implantDate(), subject));
            s.current()
                .ifPresent(
                        (PrescriptionRow rx) -> out.add(ClinicalResources.intrathecal("itb-" + rx.id(), rx.doseMcgDay(),
                                rx.concentrationMcgMl(), rx.periods().stream().map(PeriodRow::describe).toList(),
                                rx.validFrom(), zone, knowledge.drug(), subject, new Reference("Device/" + pumpId))));
        });
        Diary d = diary.between(p.id(), Instant.EPOCH, clock.instant().plusSeconds(86_400));
        var scales = new DiaryResources.Scales(knowledge.scaleCodeSystem(), knowledge.scales());
        for (Observation o : d.observations()) {
            DiaryResources.observation(stableId(p.id(), "obs", o.id()), o, scales, subject).ifPresent(out::add);
        }
        for (DiaryDose dose : d.doses()) {
            out.add(DiaryResources.dose(stableId(p.id(), "dose", dose.id()), dose, knowledge.drug(), subject));
        }
        audit.record(action, p.id(), AuditOutcome.OK, out.size() + " resources");
        return out;
    }

    /**
     * A FHIR id (letters, digits, '-', at most 64) that stays the same for the same diary
     * entry.
     */
    private static String stableId(long patientId, String kind, String clientId) {
        return UUID.nameUUIDFromBytes((patientId + "/" + kind + "/" + clientId).getBytes(StandardCharsets.UTF_8))
            .toString();
    }

}
