package org.baclo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientForm;
import org.baclo.patient.PatientService;
import org.baclo.patient.PatientSummaries;
import org.baclo.patient.PatientSummary;
import org.baclo.security.BacloPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/patients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Patients", description = "Patient records with their clinical context. Every call is audited.")
class PatientApi {

    private final PatientService patients;

    private final PatientSummaries summaries;

    PatientApi(PatientService patients, PatientSummaries summaries) {
        this.patients = patients;
        this.summaries = summaries;
    }

    @GetMapping
    @Operation(summary = "The patients you may see (a clinician: their care teams'; a patient: themself)")
    List<PatientSummary> list(@AuthenticationPrincipal BacloPrincipal user) {
        return patients.list(user).stream().map(summaries::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One patient, with creatinine clearance, renal band and resolved co-medications")
    PatientSummary get(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id) {
        return summaries.of(patients.get(user, id));
    }

    @PostMapping
    @Operation(summary = "Create a patient (clinicians)")
    ResponseEntity<PatientSummary> create(@AuthenticationPrincipal BacloPrincipal user, @RequestBody PatientForm form) {
        Patient p = patients.create(user, form);
        return ResponseEntity.status(HttpStatus.CREATED)
            .header("Location", "/api/v1/patients/" + p.id())
            .body(summaries.of(p));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a patient's details (clinicians on the patient's care team)")
    PatientSummary update(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestBody PatientForm form) {
        return summaries.of(patients.update(user, id, form));
    }

}
