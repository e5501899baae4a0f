package org.baclo.web.api;

import ca.uhn.fhir.context.FhirContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.baclo.app.InvalidInputException;
import org.baclo.csvexport.CsvExports;
import org.baclo.fhir.FhirExport;
import org.baclo.fhir.FhirImport;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.baclo.visitreport.VisitReports;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import org.baclo.security.BacloPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of a patient's record: the FHIR R4 document, the PDF visit reports and CSV data
 * sets. Audited.
 */
@RestController
@Tag(name = "Exchange", description = "Exports of a patient's record (FHIR R4). Every call is audited.")
class ExchangeApi {

    static final String FHIR_JSON = "application/fhir+json";
    static final String CSV = "text/csv";

    private final FhirExport export;

    private final FhirContext fhir;

    private final VisitReports reports;

    private final CsvExports csv;

    private final FhirImport imports;

    ExchangeApi(FhirExport export, FhirContext fhir, VisitReports reports, CsvExports csv, FhirImport imports) {
        this.export = export;
        this.fhir = fhir;
        this.reports = reports;
        this.csv = csv;
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/patients/{id}/fhir/medications",
            consumes = { FHIR_JSON, MediaType.APPLICATION_JSON_VALUE }, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add co-medications from a FHIR R4 Bundle of MedicationStatements (or one statement);"
            + " matched through the substance list, unmatched ones reported per entry (clinicians)")
    FhirImport.ImportResult importMedications(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestBody String body) {
        return imports.medications(user, id, body);
    }

    @GetMapping(path = "/api/v1/patients/{id}/exports/{dataset}.csv", produces = CSV)
    @Operation(summary = "One patient's doses, observations, alerts or refills of a period as CSV (columns in"
            + " docs/exports.md); from/to default to the last 30 days")
    ResponseEntity<String> patientCsv(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @PathVariable String dataset, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        CsvExports.Dataset set = CsvExports.Dataset.of(dataset);
        return csvFile(csv.patient(user, id, set, from, to), "patient-" + id + "-" + dataset + ".csv");
    }

    @GetMapping(path = "/api/v1/exports/{dataset}.csv", produces = CSV)
    @Operation(summary = "The doses, observations, alerts or refills of a period for every patient of the"
            + " clinician's care teams, as CSV (clinicians)")
    ResponseEntity<String> clinicCsv(@AuthenticationPrincipal BacloPrincipal user, @PathVariable String dataset,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        CsvExports.Dataset set = CsvExports.Dataset.of(dataset);
        return csvFile(csv.clinic(user, set, from, to), "clinic-" + dataset + ".csv");
    }

    private static ResponseEntity<String> csvFile(String body, String name) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_TYPE, CSV + ";charset=UTF-8")
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
            .body(body);
    }

    @GetMapping(path = "/api/v1/patients/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The visit report of a period as PDF: version=clinician (default; clinicians only) or patient (plain"
                    + " language, no finding codes); from/to default to the 28 days before and after today")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        VisitReports.Version v;
        if (version == null || version.equals("clinician")) {
            v = VisitReports.Version.CLINICIAN;
        }
        else if (version.equals("patient")) {
            v = VisitReports.Version.PATIENT;
        }
        else {
            throw new InvalidInputException("version", "must be clinician or patient");
        }
        byte[] pdf = reports.pdf(user, id, v, from, to);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"patient-" + id + "-" + v.name().toLowerCase(java.util.Locale.ROOT)
                            + "-report.pdf\"")
            .body(pdf);
    }

    @GetMapping(path = "/api/v1/patients/{id}/fhir", produces = FHIR_JSON)
    @Operation(summary = "The patient's record as a FHIR R4 Bundle (collection), for download")
    ResponseEntity<String> fhir(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id) {
        String body = fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(export.document(user, id));
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_TYPE, FHIR_JSON)
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"patient-" + id + "-fhir.json\"")
            .body(body);
    }

}
