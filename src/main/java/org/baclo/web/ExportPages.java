package org.baclo.web;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.baclo.app.InvalidInputException;
import org.baclo.csvexport.CsvExports;
import org.baclo.fhir.FhirExport;
import org.baclo.security.BacloPrincipal;
import org.baclo.visitreport.VisitReports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The downloads behind the patient page's export buttons (same services, access rules and
 * audit as the API).
 */
@Controller
class ExportPages {

    private final VisitReports reports;

    private final FhirExport export;

    private final FhirContext fhir;

    private final CsvExports csv;

    ExportPages(VisitReports reports, FhirExport export, FhirContext fhir, CsvExports csv) {
        this.reports = reports;
        this.export = export;
        this.fhir = fhir;
        this.csv = csv;
    }

    /**
     * One patient's dataset of a period as CSV, as {@code GET
     * /api/v1/patients/{id}/exports/{dataset}.csv} gives it.
     */
    @GetMapping("/patients/{id}/exports/{dataset}.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @PathVariable String dataset, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        CsvExports.Dataset set = CsvExports.Dataset.of(dataset);
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"patient-" + id + "-" + dataset + ".csv\"")
            .body(csv.patient(user, id, set, from, to).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/patients/{id}/report.pdf")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        VisitReports.Version v = "patient".equals(version) ? VisitReports.Version.PATIENT
                : version == null || version.equals("clinician") ? VisitReports.Version.CLINICIAN : null;
        if (v == null) {
            throw new InvalidInputException("version", "must be clinician or patient");
        }
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"patient-" + id + "-" + v.name().toLowerCase(java.util.Locale.ROOT)
                            + "-report.pdf\"")
            .body(reports.pdf(user, id, v, from, to));
    }

    @GetMapping("/patients/{id}/fhir.json")
    ResponseEntity<byte[]> fhir(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id) {
        String body = fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(export.document(user, id));
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_TYPE, "application/fhir+json")
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"patient-" + id + "-fhir.json\"")
            .body(body.getBytes(StandardCharsets.UTF_8));
    }

}
