package org.baclo.web.fhir;

import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.baclo.fhir.FhirExport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * Search one resource type of a patient's record: {@code GET /fhir/r4/Flag?patient=12}.
 */
class ByPatientProvider<T extends Resource> implements IResourceProvider {

    private final Class<T> type;

    private final FhirExport export;

    ByPatientProvider(Class<T> type, FhirExport export) {
        this.type = type;
        this.export = export;
    }

    @Override
    public Class<T> getResourceType() {
        return type;
    }

    @Search
    public List<IBaseResource> byPatient(@RequiredParam(name = "patient") ReferenceParam patient) {
        long pid = FhirCalls.patientId(patient.getIdPart());
        return FhirCalls.asCaller(who -> export.resources(who, pid, "FHIR_SEARCH")
            .stream()
            .filter(type::isInstance)
            .map(IBaseResource.class::cast)
            .toList());
    }

}
