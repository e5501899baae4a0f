package org.baclo.fhirmap;

import java.math.BigDecimal;
import java.util.Optional;
import org.baclo.followup.DiaryDose;
import org.baclo.followup.Observation;
import org.baclo.knowledge.Drug;
import org.baclo.knowledge.Scale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Diary entries: scores as Observations (pain NRS with its LOINC code from scales.yaml,
 * every other scale with the Baclo code system URI of scales.yaml), side effects as
 * Observations coded {@value #SIDE_EFFECT} in the same Baclo code system (the effect's
 * name as the value, the patient's severity as a component, the note as a note), recorded
 * doses as MedicationAdministrations (skipped ones as not-done).
 */
public final class DiaryResources {

    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    /**
     * The code of a side-effect report in Baclo's observation code system (a product
     * code, not a clinical one: there is no scale for side effects).
     */
    public static final String SIDE_EFFECT = "side-effect";

    /** The code of a side effect's severity component (mild, moderate, severe). */
    public static final String SIDE_EFFECT_SEVERITY = "side-effect-severity";

    /**
     * The scales of the knowledge files and their code system, to code the observations.
     */
    public record Scales(String codeSystem, java.util.List<Scale> scales) {
        CodeableConcept code(String scaleId) {
            Scale s = scales.stream()
                .filter(x -> x.id().equals(scaleId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scale " + scaleId + " in scales.yaml"));
            CodeableConcept c = new CodeableConcept().setText(s.name());
            if (s.loinc().isPresent()) {
                c.addCoding(new Coding(FhirCodes.LOINC, s.loinc().get(), s.name()));
            }
            else {
                c.addCoding(new Coding(codeSystem, s.id(), s.name()));
            }
            return c;
        }
    }

    private DiaryResources() {
    }

    /** The observation as FHIR (empty for a kind it cannot express; none so far). */
    public static Optional<org.hl7.fhir.r4.model.Observation> observation(String id, Observation o, Scales scales,
            Reference patient) {
        org.hl7.fhir.r4.model.Observation f = new org.hl7.fhir.r4.model.Observation();
        f.setId(id);
        f.setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL);
        f.setSubject(patient);
        f.setEffective(new DateTimeType(fhirTime(o.at())));
        if (o instanceof Observation.Score s) {
            f.setCode(scales.code(s.scale().wireName()));
            f.setValue(new IntegerType(s.value()));
            category(f, "survey", "Survey");
        }
        else if (o instanceof Observation.Penn p) {
            f.setCode(scales.code("penn-frequency"));
            f.setValue(new IntegerType(p.frequency()));
            p.severity()
                .ifPresent(
                        sev -> f.addComponent().setCode(scales.code("penn-severity")).setValue(new IntegerType(sev)));
            category(f, "survey", "Survey");
        }
        else if (o instanceof Observation.Walk w) {
            f.setCode(scales.code("timed-25-foot-walk"));
            f.setValue(FhirCodes.ucum(w.seconds(), "s", "s"));
            category(f, "exam", "Exam");
        }
        else if (o instanceof Observation.Ashworth a) {
            f.setCode(scales.code("modified-ashworth"));
            f.setValue(new StringType(a.grade().label()));
            f.setBodySite(new CodeableConcept().setText(a.muscle() + ", " + a.side().wireName()));
            category(f, "exam", "Exam");
        }
        else if (o instanceof Observation.SideEffect e) {
            f.setCode(new CodeableConcept().setText("Side effect")
                .addCoding(new Coding(scales.codeSystem(), SIDE_EFFECT, "Side effect")));
            f.setValue(new CodeableConcept().setText(e.effect()));
            f.addComponent()
                .setCode(new CodeableConcept().setText("Severity")
                    .addCoding(new Coding(scales.codeSystem(), SIDE_EFFECT_SEVERITY, "Side effect severity")))
                .setValue(new StringType(e.severity().wireName()));
            e.note().ifPresent(n -> f.addNote().setText(n));
            category(f, "survey", "Survey");
        }
        else {
            return Optional.empty();
        }
        return Optional.of(f);
    }

    private static void category(org.hl7.fhir.r4.model.Observation f, String code, String display) {
        f.addCategory(new CodeableConcept().addCoding(new Coding(CATEGORY, code, display)));
    }

    /**
     * A recorded dose: taken or extra as completed, skipped as not-done with its reason.
     */
    public static MedicationAdministration dose(String id, DiaryDose d, Drug drug, Reference patient) {
        MedicationAdministration m = new MedicationAdministration();
        m.setId(id);
        m.setMedication(FhirCodes.baclofen(drug));
        m.setSubject(patient);
        m.setEffective(new DateTimeType(fhirTime(d.at())));
        if (d.isIntake()) {
            m.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
            BigDecimal mg = d.intakeMg().value();
            m.getDosage()
                .setDose(FhirCodes.ucum(mg, "mg", "mg"))
                .setText(d.status() == DiaryDose.Status.EXTRA ? "extra dose" : "dose taken");
        }
        else {
            m.setStatus(MedicationAdministration.MedicationAdministrationStatus.NOTDONE);
            m.addStatusReason(new CodeableConcept().setText(d.reason().orElse("skipped")));
        }
        return m;
    }

    /**
     * A FHIR dateTime keeps seconds: OffsetDateTime.toString() drops them when they are
     * zero (08:00+01:00).
     */
    static String fhirTime(java.time.OffsetDateTime t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }

}
