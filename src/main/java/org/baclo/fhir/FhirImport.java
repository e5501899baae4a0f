package org.baclo.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.baclo.app.FieldProblem;
import org.baclo.app.InvalidInputException;
import org.baclo.fhirmap.FhirCodes;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Substance;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientAccess;
import org.baclo.patient.PatientForm;
import org.baclo.patient.PatientService;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-medications from FHIR: a Bundle of MedicationStatements (other entries are skipped
 * and reported) or one MedicationStatement. Each medication is matched through the
 * substance list by its ATC code, or by its name (the text or a coding's display,
 * whatever the coding's system: the substance list holds no RxNorm codes). Matched ones
 * are added to the patient's co-medications; unmatched ones are reported per entry, never
 * dropped silently. A document that is not FHIR R4 JSON, not a Bundle or
 * MedicationStatement, or with a statement without a medication, is refused whole:
 * nothing is stored.
 */
@Service
public class FhirImport {

    private final FhirContext fhir;

    private final Knowledge knowledge;

    private final PatientAccess access;

    private final PatientService patients;

    private final AuditService audit;

    /**
     * What happened to one entry: {@code added}, {@code already-recorded},
     * {@code unmatched} or {@code skipped}.
     */
    public record EntryResult(int index, String entered, String result, String substance, String message) {
    }

    public record ImportResult(int added, int unmatched, List<EntryResult> entries) {
    }

    FhirImport(FhirContext fhir, Knowledge knowledge, PatientAccess access, PatientService patients,
            AuditService audit) {
        this.fhir = fhir;
        this.knowledge = knowledge;
        this.access = access;
        this.patients = patients;
        this.audit = audit;
    }

    @Transactional
    public ImportResult medications(BacloPrincipal user, long patientId, String body) {
        access.requireClinician(user, patientId, "FHIR_IMPORT");
        Patient p = access.require(user, patientId, "FHIR_IMPORT");
        List<Resource> items = items(body, patientId);
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof MedicationStatement s && !s.hasMedication()) {
                problems.add(new FieldProblem(path(items, i) + ".medication",
                        "is required (medicationCodeableConcept" + " with a name or an ATC code)"));
            }
        }
        if (!problems.isEmpty()) {
            invalid(patientId, problems);
        }
        LinkedHashSet<String> meds = new LinkedHashSet<>(p.medicationNames());
        List<EntryResult> results = new ArrayList<>();
        int added = 0;
        int unmatched = 0;
        for (int i = 0; i < items.size(); i++) {
            Resource r = items.get(i);
            if (!(r instanceof MedicationStatement s)) {
                results.add(new EntryResult(i, null, "skipped", null, r.fhirType() + " is not a MedicationStatement"));
                continue;
            }
            if (!s.hasMedicationCodeableConcept()) {
                unmatched++;
                results.add(new EntryResult(i, null, "unmatched", null,
                        "medicationReference is not supported; give" + " medicationCodeableConcept"));
                continue;
            }
            CodeableConcept c = s.getMedicationCodeableConcept();
            String entered = entered(c);
            Optional<Substance> match = match(c);
            if (match.isEmpty()) {
                unmatched++;
                results.add(new EntryResult(i, entered, "unmatched", null, "'" + entered + "' is not in the substance"
                        + " list ('baclo info substances'); add it by hand if it matters"));
            }
            else if (meds.stream()
                .anyMatch(m -> knowledge.substance(m)
                    .map(x -> x.name())
                    .orElse(m)
                    .equalsIgnoreCase(match.get().name()))) {
                results.add(new EntryResult(i, entered, "already-recorded", match.get().name(), null));
            }
            else {
                meds.add(match.get().name());
                added++;
                results.add(new EntryResult(i, entered, "added", match.get().name(), null));
            }
        }
        if (added > 0) {
            PatientForm f = PatientForm.of(p);
            patients.update(user, patientId,
                    new PatientForm(f.name(), f.dateOfBirth(), f.sex(), f.weightKg(), f.heightCm(), f.creatinineValue(),
                            f.creatinineUnit(), f.creatinineDate(), f.measuredCrclMlMin(), f.dialysis(), f.pregnant(),
                            f.conditions(), List.copyOf(meds), f.indication(), f.timeZone(), f.careTeamId(),
                            f.version()));
        }
        audit.record("FHIR_IMPORT", patientId, AuditOutcome.OK,
                added + " added, " + unmatched + " unmatched of " + items.size() + " entries");
        return new ImportResult(added, unmatched, results);
    }

    private List<Resource> items(String body, long patientId) {
        IBaseResource parsed;
        try {
            parsed = fhir.newJsonParser()
                .setParserErrorHandler(new StrictErrorHandler())
                .parseResource(body == null ? "" : body);
        }
        catch (DataFormatException | IllegalArgumentException e) {
            invalid(patientId,
                    List.of(new FieldProblem("body", "is not a FHIR R4 JSON resource: " + cut(e.getMessage()))));
            return List.of();
        }
        if (parsed instanceof Bundle b) {
            return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
        }
        if (parsed instanceof MedicationStatement s) {
            return List.of(s);
        }
        invalid(patientId, List
            .of(new FieldProblem("resourceType", "must be Bundle or MedicationStatement; got " + parsed.fhirType())));
        return List.of();
    }

    private void invalid(long patientId, List<FieldProblem> problems) {
        audit.record("FHIR_IMPORT", patientId, AuditOutcome.INVALID, problems.get(0).field());
        throw new InvalidInputException(problems);
    }

    private static String path(List<Resource> items, int i) {
        return items.size() == 1 && i == 0 ? "medicationStatement" : "entry[" + i + "].resource";
    }

    private Optional<Substance> match(CodeableConcept c) {
        for (Coding x : c.getCoding()) {
            if (FhirCodes.ATC.equals(x.getSystem()) && x.hasCode()) {
                String code = x.getCode().trim().toUpperCase(Locale.ROOT);
                Optional<Substance> s = knowledge.substances().stream().filter(y -> code.equals(y.atc())).findFirst();
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        List<String> names = new ArrayList<>();
        if (c.hasText()) {
            names.add(c.getText());
        }
        c.getCoding().stream().filter(Coding::hasDisplay).forEach(x -> names.add(x.getDisplay()));
        return names.stream().map(n -> knowledge.substance(n.trim())).flatMap(Optional::stream).findFirst();
    }

    private static String entered(CodeableConcept c) {
        if (c.hasText()) {
            return c.getText();
        }
        return c.getCoding()
            .stream()
            .map(x -> x.hasDisplay() ? x.getDisplay() : x.getSystem() + "|" + x.getCode())
            .findFirst()
            .orElse("(no name or code)");
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

}
