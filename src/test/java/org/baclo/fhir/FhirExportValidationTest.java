package org.baclo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.baclo.diary.DiaryService;
import org.baclo.pumpclinic.PeriodForm;
import org.baclo.pumpclinic.PumpService;
import org.baclo.plan.PlanRequest;
import org.baclo.plan.PlanWorkflow;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientService;
import org.baclo.security.AppUser;
import org.baclo.security.AppUserRepository;
import org.baclo.security.BacloPrincipal;
import org.baclo.testsupport.TestKnowledge;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The FHIR export of every demo patient validates offline with zero errors (issue 13),
 * and the demo taper plan is a MedicationRequest whose dosages are sequenced steps with
 * bounds, times of day and mg doses (UCUM).
 */
@SpringBootTest(properties = "baclo.demo=true")
@Import(TestKnowledge.class)
class FhirExportValidationTest {

    @Autowired
    FhirExport export;

    @Autowired
    FhirContext fhir;

    @Autowired
    AppUserRepository users;

    @Autowired
    PatientService patients;

    @Autowired
    PumpService pumps;

    @Autowired
    DiaryService diary;

    @Autowired
    Clock clock;

    @Autowired
    PlanWorkflow plans;

    private BacloPrincipal clinician() {
        AppUser u = users.findByUsernameIgnoreCase("demo-clinician").orElseThrow();
        return new BacloPrincipal(u.id(), u.username(), u.displayName(), u.passwordHash(), u.role(), true, false, null);
    }

    private List<Patient> demoPatients() {
        return patients.list(clinician());
    }

    @Test
    void every_demo_patients_bundle_validates_with_zero_errors() {
        List<Patient> all = demoPatients();
        assertThat(all).hasSize(4);
        for (Patient p : all) {
            Bundle b = export.document(clinician(), p.id());
            // round trip through JSON, as a receiver would read it
            Bundle parsed = fhir.newJsonParser()
                .parseResource(Bundle.class, fhir.newJsonParser().encodeResourceToString(b));
            assertThat(FhirValidation.errors(parsed)).as(p.name() + ": " + FhirValidation.all(parsed)).isEmpty();
        }
    }

    @Test
    void a_patient_with_a_pump_and_a_diary_validates_with_zero_errors() {
        BacloPrincipal who = clinician();
        Patient alex = demoPatients().stream().filter(p -> p.name().equals("Alex Morgan")).findFirst().orElseThrow();
        pumps.savePump(who, alex.id(), new PumpService.PumpForm("SynchroMed II", new BigDecimal("20"),
                new BigDecimal("2"), LocalDate.now(clock).minusDays(60), "spinal", "T10", null));
        pumps.recordRefill(who, alex.id(),
                new PumpService.RefillForm(LocalDateTime.now(clock).minusDays(10).withNano(0), null,
                        new BigDecimal("18"), new BigDecimal("500"), null, "flexed",
                        List.of(new PeriodForm("00:00", "08:00", new BigDecimal("10")),
                                new PeriodForm("08:00", "00:00", new BigDecimal("20")))));
        String at = OffsetDateTime.now(clock).minusDays(2).withNano(0).toString();
        diary.upload(who, alex.id(), """
                {"doses": [{"id": "d1", "at": "%1$s", "status": "taken", "mg": 5},
                           {"id": "d2", "at": "%1$s", "status": "skipped", "reason": "forgot"},
                           {"id": "d3", "at": "%1$s", "status": "extra", "mg": 5}],
                 "observations": [{"id": "o1", "at": "%1$s", "kind": "pain-nrs", "value": 4},
                                  {"id": "o2", "at": "%1$s", "kind": "spasticity-nrs", "value": 6},
                                  {"id": "o3", "at": "%1$s", "kind": "penn", "frequency": 2, "severity": 1},
                                  {"id": "o4", "at": "%1$s", "kind": "walk-25ft", "seconds": 9.5},
                                  {"id": "o5", "at": "%1$s", "kind": "mas", "muscle": "elbow flexors",
                                   "side": "left", "grade": "1+"},
                                  {"id": "o6", "at": "%1$s", "kind": "side-effect", "effect": "dizziness",
                                   "severity": "moderate", "note": "on standing"}]}""".formatted(at));
        Bundle b = export.document(who, alex.id());
        assertThat(FhirValidation.errors(b)).as(FhirValidation.all(b).toString()).isEmpty();
        List<Resource> rs = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
        assertThat(rs).filteredOn(r -> r instanceof Device).hasSize(1);
        MedicationRequest itb = rs.stream()
            .filter(r -> r instanceof MedicationRequest m && m.getIdPart().startsWith("itb-"))
            .map(MedicationRequest.class::cast)
            .findFirst()
            .orElseThrow();
        assertThat(itb.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getRateQuantity().getCode())
            .isEqualTo("ug/d");
        // a flexed programme: the rate is the periods' daily sum (8 h × 10 + 16 h × 20
        // mcg/h), the text lists them
        assertThat(itb.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getRateQuantity().getValue())
            .isEqualByComparingTo("400");
        assertThat(itb.getDosageInstructionFirstRep().getText())
            .contains("flexed: 00:00–08:00 10 mcg/h; 08:00–00:00 20 mcg/h");
        // only this test's diary (other tests of the shared context record for Alex too)
        java.util.Date when = java.util.Date.from(OffsetDateTime.parse(at).toInstant());
        List<Observation> obs = rs.stream()
            .filter(r -> r instanceof Observation)
            .map(Observation.class::cast)
            .filter(o -> o.hasEffectiveDateTimeType() && when.equals(o.getEffectiveDateTimeType().getValue()))
            .toList();
        assertThat(obs).hasSize(6);
        // BACLOFEN.md §11: pain NRS is LOINC 72514-3; no LOINC code for the other scales
        // (product code system)
        assertThat(obs).filteredOn(o -> o.getCode().getCodingFirstRep().getSystem().equals("http://loinc.org"))
            .singleElement()
            .satisfies(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3"));
        assertThat(obs)
            .filteredOn(o -> o.getCode()
                .getCodingFirstRep()
                .getSystem()
                .equals("https://baclo.org/fhir/CodeSystem/baclo-observation"))
            .hasSize(5);
        // a side effect: Baclo's observation code (no clinical code invented), the effect
        // as entered, the patient's severity and note
        Observation effect = obs.stream()
            .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("side-effect"))
            .findFirst()
            .orElseThrow();
        assertThat(effect.getValueCodeableConcept().getText()).isEqualTo("dizziness");
        assertThat(effect.getComponentFirstRep().getValueStringType().getValue()).isEqualTo("moderate");
        assertThat(effect.getNoteFirstRep().getText()).isEqualTo("on standing");
        assertThat(rs)
            .filteredOn(r -> r instanceof MedicationAdministration m && m.hasEffectiveDateTimeType()
                    && when.equals(m.getEffectiveDateTimeType().getValue()))
            .hasSize(3);
    }

    @Test
    void a_taper_is_a_medication_request_with_sequenced_dosages() {
        // the demo taper (from 30 mg/day) has a single step; a taper from 60 mg/day has
        // several
        Patient jo = demoPatients().stream().filter(p -> p.name().equals("Jo Baptiste")).findFirst().orElseThrow();
        plans.create(clinician(), jo.id(), new PlanRequest("taper", null, null, BigDecimal.valueOf(60), null,
                "no-benefit", "tablet", null, null, null, null, null, null, null));
        Bundle bundle = export.document(clinician(), jo.id());
        assertThat(FhirValidation.errors(bundle)).as(FhirValidation.all(bundle).toString()).isEmpty();
        MedicationRequest taper = bundle.getEntry()
            .stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(r -> r instanceof MedicationRequest)
            .map(MedicationRequest.class::cast)
            .filter(m -> m.getCourseOfTherapyType().getText().equals("Baclofen taper"))
            .findFirst()
            .orElseThrow();
        assertThat(taper.getStatus()).isEqualTo(MedicationRequest.MedicationRequestStatus.DRAFT);
        // BACLOFEN.md §1: baclofen is ATC M03BX01
        assertThat(taper.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("M03BX01");
        List<Dosage> dosages = taper.getDosageInstruction();
        assertThat(dosages.size()).isGreaterThan(1);
        List<Integer> sequences = dosages.stream().map(Dosage::getSequence).toList();
        assertThat(sequences).isSorted().startsWith(1);
        assertThat(sequences.get(sequences.size() - 1)).isGreaterThan(1);
        for (Dosage d : dosages) {
            assertThat(d.getTiming().getRepeat().getBoundsPeriod().getStartElement().getValueAsString()).isNotBlank();
            assertThat(d.getTiming().getRepeat().getBoundsPeriod().getEndElement().getValueAsString()).isNotBlank();
            assertThat(d.getTiming().getRepeat().getTimeOfDay()).isNotEmpty();
            assertThat(d.getDoseAndRateFirstRep().getDoseQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
            assertThat(d.getDoseAndRateFirstRep().getDoseQuantity().getCode()).isEqualTo("mg");
        }
        // the daily amounts go down step by step
        assertThat(dosages.get(0).getTiming().getRepeat().getBoundsPeriod().getStart())
            .isBefore(dosages.get(dosages.size() - 1).getTiming().getRepeat().getBoundsPeriod().getStart());
    }

    @Test
    void the_validator_reports_a_broken_resource() {
        MedicationRequest noSubject = new MedicationRequest();
        noSubject.setId("x");
        noSubject.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        assertThat(FhirValidation.errors(noSubject)).isNotEmpty();
    }

}
