package org.baclo.fhirmap;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.baclo.knowledge.Drug;
import org.baclo.knowledge.Substance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;

/**
 * Patient, conditions, co-medications, findings, alerts and the pump, from plain values.
 */
public final class ClinicalResources {

    private static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    private ClinicalResources() {
    }

    /**
     * The patient; {@code name} and {@code birthDate} may be null (a plan made on the
     * command line has neither).
     */
    public static Patient patient(String id, String name, LocalDate birthDate, String sex) {
        Patient p = new Patient();
        p.setId(id);
        if (name != null) {
            p.addName(new HumanName().setText(name));
        }
        if (birthDate != null) {
            p.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(birthDate.toString()));
        }
        p.setGender("male".equals(sex) ? AdministrativeGender.MALE
                : "female".equals(sex) ? AdministrativeGender.FEMALE : AdministrativeGender.UNKNOWN);
        return p;
    }

    /**
     * A condition (the indication, or a condition from conditions.yaml) by its Baclo id
     * and name.
     */
    public static Condition condition(String id, String code, String name, Reference patient) {
        Condition c = new Condition();
        c.setId(id);
        c.setClinicalStatus(new CodeableConcept().addCoding(new Coding(CONDITION_CLINICAL, "active", "Active")));
        c.setCode(FhirCodes.code(FhirCodes.BACLO_CONDITION, code, name));
        c.setSubject(patient);
        return c;
    }

    /**
     * A co-medication as the clinician entered it, ATC-coded when it matched the
     * substance list.
     */
    public static MedicationStatement coMedication(String id, String entered, Substance matched, Reference patient) {
        MedicationStatement s = new MedicationStatement();
        s.setId(id);
        s.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        s.setMedication(FhirCodes.substance(entered, matched));
        s.setSubject(patient);
        return s;
    }

    /**
     * A finding of a plan check: CRITICAL is high, WARNING moderate, CAUTION and INFO
     * low.
     */
    public static DetectedIssue finding(String id, String code, String severity, String message, String rationale,
            String source, Reference patient, Reference implicated) {
        DetectedIssue d = new DetectedIssue();
        d.setId(id);
        d.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
        d.setCode(FhirCodes.code(FhirCodes.BACLO_FINDING, code, message));
        d.setSeverity(switch (severity) {
            case "CRITICAL" -> DetectedIssue.DetectedIssueSeverity.HIGH;
            case "WARNING" -> DetectedIssue.DetectedIssueSeverity.MODERATE;
            default -> DetectedIssue.DetectedIssueSeverity.LOW;
        });
        d.setPatient(patient);
        if (implicated != null) {
            d.addImplicated(implicated);
        }
        StringBuilder detail = new StringBuilder(message);
        if (rationale != null && !rationale.isBlank()) {
            detail.append(' ').append(rationale);
        }
        if (source != null && !source.isBlank()) {
            detail.append(" Source: ").append(source);
        }
        d.setDetail(detail.toString());
        return d;
    }

    /** An open follow-up alert, active since {@code since}. */
    public static Flag alert(String id, String code, String message, String source, Instant since, Reference patient) {
        Flag f = new Flag();
        f.setId(id);
        f.setStatus(Flag.FlagStatus.ACTIVE);
        f.setCode(
                FhirCodes.code(FhirCodes.BACLO_ALERT, code, source == null ? message : message + " (" + source + ")"));
        f.setSubject(patient);
        f.setPeriod(new Period().setStart(Date.from(since)));
        return f;
    }

    /** An implanted intrathecal pump by its model. */
    public static Device pump(String id, String model, LocalDate implantDate, Reference patient) {
        Device d = new Device();
        d.setId(id);
        d.setStatus(Device.FHIRDeviceStatus.ACTIVE);
        d.addDeviceName().setName(model).setType(Device.DeviceNameType.MODELNAME);
        d.setType(new CodeableConcept().setText("Implanted intrathecal drug infusion pump"));
        d.setPatient(patient);
        if (implantDate != null) {
            d.addNote().setText("Implanted on " + implantDate);
        }
        return d;
    }

    /**
     * An intrathecal baclofen prescription in mcg/day (UCUM ug/d), in force from
     * {@code validFrom}; a flexed one lists its periods (e.g. "06:00–22:00 20 mcg/h") in
     * the text, the rate being their daily sum.
     */
    public static MedicationRequest intrathecal(String id, BigDecimal mcgPerDay, BigDecimal concentrationMcgMl,
            List<String> flexedPeriods, LocalDateTime validFrom, ZoneId zone, Drug drug, Reference patient,
            Reference pump) {
        MedicationRequest r = new MedicationRequest();
        r.setId(id);
        r.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        r.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        r.setMedication(FhirCodes.baclofen(drug));
        r.setSubject(patient);
        Dosage d = new Dosage();
        d.setSequence(1);
        d.setText(mcgPerDay.stripTrailingZeros().toPlainString() + " mcg/day intrathecal infusion"
                + (flexedPeriods.isEmpty() ? "" : ", flexed: " + String.join("; ", flexedPeriods))
                + " (pump concentration " + concentrationMcgMl.stripTrailingZeros().toPlainString() + " mcg/mL), from "
                + validFrom);
        d.setRoute(new CodeableConcept().setText("intrathecal"));
        Timing t = new Timing();
        t.getRepeat()
            .setBounds(new Period().setStartElement(new DateTimeType(Date.from(validFrom.atZone(zone).toInstant()))));
        d.setTiming(t);
        d.addDoseAndRate().setRate(FhirCodes.ucum(mcgPerDay, "mcg/day", "ug/d"));
        r.addDosageInstruction(d);
        if (pump != null) {
            r.addNote().setText("Delivered by " + pump.getReference());
        }
        return r;
    }

}
