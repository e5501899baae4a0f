package org.baclo.web.api;

import ca.uhn.fhir.context.FhirContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.baclo.fhir.FhirExport;
import org.baclo.security.BacloPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Exports of a patient's record: the FHIR R4 document. Audited. */
@RestController
@Tag(name = "Exchange", description = "Exports of a patient's record (FHIR R4). Every call is audited.")
class ExchangeApi {
    static final String FHIR_JSON = "application/fhir+json";
    private final FhirExport export;
    private final FhirContext fhir;

    ExchangeApi(FhirExport export, FhirContext fhir) {
        this.export = export;
        this.fhir = fhir;
    }

    @GetMapping(path = "/api/v1/patients/{id}/fhir", produces = FHIR_JSON)
    @Operation(summary = "The patient's record as a FHIR R4 Bundle (collection), for download")
    ResponseEntity<String> fhir(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id) {
        String body = fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(export.document(user, id));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, FHIR_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"patient-" + id + "-fhir.json\"")
                .body(body);
    }
}
