package org.baclo.fhirmap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baclo.knowledge.Drug;
import org.baclo.report.PlanDocument;
import org.baclo.report.PlanDocument.DoseDoc;
import org.baclo.report.PlanDocument.StepDoc;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;

/**
 * An oral baclofen plan as one MedicationRequest, following HL7's tapering-dose example:
 * one {@code dosageInstruction} per step, numbered by {@code sequence}, bounded by
 * {@code timing.repeat.boundsPeriod} (the step's first and last day), with the dose times
 * as {@code timeOfDay} and the dose in mg (UCUM). A step whose doses differ in size (e.g.
 * 5 mg in the morning, 10 mg at night) has one dosage per dose size, all with the step's
 * sequence number (FHIR: dosages with the same sequence apply together). Product amounts
 * are in each dosage's text.
 */
public final class PlanMedicationRequest {

    private PlanMedicationRequest() {
    }

    /**
     * @param active true for the plan in force, false for a draft waiting for review
     * @param patient the reference to the patient, e.g. {@code Patient/12}
     */
    public static MedicationRequest of(String id, PlanDocument plan, boolean active, Drug drug, Reference patient) {
        MedicationRequest r = new MedicationRequest();
        r.setId(id);
        r.setStatus(active ? MedicationRequestStatus.ACTIVE : MedicationRequestStatus.DRAFT);
        r.setIntent(active ? MedicationRequestIntent.ORDER : MedicationRequestIntent.PROPOSAL);
        r.setMedication(FhirCodes.baclofen(drug));
        r.setSubject(patient);
        r.setCourseOfTherapyType(new CodeableConcept().setText(kindText(plan.kind())));
        List<StepDoc> steps = plan.steps() == null ? List.of() : plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            r.getDosageInstruction().addAll(dosages(i + 1, steps.get(i), plan.productName()));
        }
        if (plan.dispense() != null && !plan.dispense().isEmpty()) {
            r.addNote()
                .setText("To dispense: "
                        + String.join("; ", plan.dispense().stream().map(PlanDocument.DispenseDoc::text).toList()));
        }
        if (plan.notice() != null) {
            r.addNote().setText(plan.notice());
        }
        return r;
    }

    private static String kindText(String kind) {
        return switch (kind == null ? "" : kind) {
            case "titrate" -> "Baclofen titration";
            case "taper" -> "Baclofen taper";
            case "maintain" -> "Baclofen maintenance";
            default -> "Baclofen plan";
        };
    }

    static List<Dosage> dosages(int sequence, StepDoc step, String productName) {
        Map<BigDecimal, List<DoseDoc>> bySize = new LinkedHashMap<>();
        for (DoseDoc d : step.doses()) {
            bySize.computeIfAbsent(PlanDocument.plain(d.mg()), k -> new ArrayList<>()).add(d);
        }
        List<Dosage> out = new ArrayList<>();
        for (Map.Entry<BigDecimal, List<DoseDoc>> e : bySize.entrySet()) {
            Dosage d = new Dosage();
            d.setSequence(sequence);
            List<String> texts = e.getValue().stream().map(x -> x.time() + ": " + x.text()).toList();
            d.setText("Step " + sequence + " (" + step.startDate() + " to " + step.endDate() + ", "
                    + PlanDocument.plain(step.dailyMg()).toPlainString() + " mg a day): " + String.join(", ", texts)
                    + (productName == null ? "" : " (" + productName + ")"));
            Timing t = new Timing();
            Timing.TimingRepeatComponent repeat = t.getRepeat();
            repeat.setBounds(new Period().setStartElement(new DateTimeType(step.startDate()))
                .setEndElement(new DateTimeType(step.endDate())));
            repeat.setFrequency(e.getValue().size()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
            for (DoseDoc x : e.getValue()) {
                repeat.addTimeOfDay(fhirTime(x.time()));
            }
            d.setTiming(t);
            d.setRoute(new CodeableConcept().setText("oral"));
            d.addDoseAndRate().setDose(FhirCodes.ucum(e.getKey(), "mg", "mg"));
            out.add(d);
        }
        return out;
    }

    /** FHIR time is hh:mm:ss. */
    static String fhirTime(String time) {
        return time.length() == 5 ? time + ":00" : time;
    }

}
