package org.baclo.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Date;
import org.baclo.fhir.FhirExport;
import org.baclo.fhirmap.Bundles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/** {@code Patient/{id}} and {@code Patient/{id}/$everything}. */
class PatientProvider implements IResourceProvider {

    private final FhirExport export;

    PatientProvider(FhirExport export) {
        this.export = export;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        long pid = FhirCalls.patientId(id.getIdPart());
        return FhirCalls.asCaller(who -> export.resources(who, pid, "FHIR_READ")
            .stream()
            .filter(r -> r instanceof Patient)
            .map(Patient.class::cast)
            .findFirst()
            .orElseThrow());
    }

    @Operation(name = "$everything", idempotent = true, type = Patient.class)
    public Bundle everything(@IdParam IdType id, RequestDetails request) {
        long pid = FhirCalls.patientId(id.getIdPart());
        return FhirCalls.asCaller(who -> Bundles.of(Bundle.BundleType.SEARCHSET, request.getFhirServerBase(),
                export.resources(who, pid, "FHIR_EVERYTHING"), new Date()));
    }

}
