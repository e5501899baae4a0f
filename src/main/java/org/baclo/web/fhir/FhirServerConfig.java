package org.baclo.web.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;
import org.baclo.fhir.FhirExport;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read-only FHIR R4 endpoint: HAPI's plain server under {@code /fhir/r4}
 * ({@code metadata}, {@code Patient/{id}}, {@code Patient/{id}/$everything}, and search
 * by {@code patient} for the record's resource types). Authentication is the API's (the
 * API security chain covers {@code /fhir/**}); access and audit are the patient record's,
 * through {@link FhirExport}.
 */
@Configuration(proxyBeanMethods = false)
class FhirServerConfig {

    static final List<Class<? extends org.hl7.fhir.r4.model.Resource>> SEARCHABLE = List.of(Condition.class,
            MedicationStatement.class, MedicationRequest.class, DetectedIssue.class, Flag.class, Device.class,
            Observation.class, MedicationAdministration.class);

    @Bean
    ServletRegistrationBean<RestfulServer> fhirServlet(FhirContext fhir, FhirExport export) {
        RestfulServer server = new RestfulServer(fhir);
        server.setServerName("Baclo FHIR R4 (read-only)");
        server.registerProvider(new PatientProvider(export));
        for (var type : SEARCHABLE) {
            server.registerProvider(new ByPatientProvider<>(type, export));
        }
        ServletRegistrationBean<RestfulServer> bean = new ServletRegistrationBean<>(server, "/fhir/r4/*");
        bean.setName("fhirR4");
        // Started by its first request, not at start-up: HAPI's scan of the providers is
        // a tenth of the server's
        // start-up (issue 15.4), and most instances never serve FHIR.
        bean.setLoadOnStartup(-1);
        return bean;
    }

}
