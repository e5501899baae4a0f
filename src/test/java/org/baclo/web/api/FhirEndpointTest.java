package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.baclo.patient.PatientRepository;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.ApiTokenService;
import org.baclo.security.AppUserRepository;
import org.baclo.security.AuditFilter;
import org.baclo.security.AuditService;
import org.baclo.security.CareTeamRepository;
import org.baclo.testsupport.TestKnowledge;
import org.baclo.web.api.ApiFixture.Actor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The read-only FHIR endpoint under /fhir/r4 (issue 13): metadata answers; $everything
 * and search by patient with the API's bearer tokens and the patient record's access
 * rules; another patient's $everything is refused (404 OperationOutcome, never 500) and
 * audited; the API download of the same record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestKnowledge.class)
class FhirEndpointTest {

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    CareTeamRepository teams;

    @Autowired
    PatientRepository patients;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PlanWorkflow plans;

    @Autowired
    Clock clock;

    @Autowired
    AuditService audit;

    @Autowired
    FhirContext fhir;

    ApiFixture f;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void clinic() {
        f = new ApiFixture(users, teams, patients, tokens, plans, clock);
    }

    private HttpResponse<String> get(String path, Actor who) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", "application/fhir+json");
        if (who != null) {
            b.header("Authorization", "Bearer " + f.tokens.get(who));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metadata_is_a_capability_statement() throws Exception {
        HttpResponse<String> r = get("/fhir/r4/metadata", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"resourceType\":\"CapabilityStatement\"").contains("\"fhirVersion\":\"4.0.1\"");
    }

    @Test
    void the_care_team_gets_everything_of_its_patient() throws Exception {
        f.newDraft();
        HttpResponse<String> r = get("/fhir/r4/Patient/" + f.patientA + "/$everything", Actor.CLINICIAN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Bundle b = fhir.newJsonParser().parseResource(Bundle.class, r.body());
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(b.getEntry()).anySatisfy(e -> assertThat(e.getResource()).isInstanceOf(Patient.class));
        assertThat(b.getEntry()).anySatisfy(e -> assertThat(e.getResource()).isInstanceOf(MedicationRequest.class));
        assertThat(b.getEntryFirstRep().getFullUrl()).startsWith("http://127.0.0.1:" + port + "/fhir/r4/");
    }

    @Test
    void search_by_patient_returns_only_that_type() throws Exception {
        f.newDraft();
        HttpResponse<String> r = get("/fhir/r4/MedicationRequest?patient=Patient/" + f.patientA, Actor.PATIENT);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Bundle b = fhir.newJsonParser().parseResource(Bundle.class, r.body());
        assertThat(b.getEntry()).isNotEmpty()
            .allSatisfy(e -> assertThat(e.getResource()).isInstanceOf(MedicationRequest.class));
    }

    @Test
    void another_patients_everything_is_refused_and_audited() throws Exception {
        HttpResponse<String> r = get("/fhir/r4/Patient/" + f.patientB + "/$everything", Actor.CLINICIAN);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("OperationOutcome").doesNotContain(f.patientB + " Patient B");
        // Refusals are audited at the end of the request, which may finish just after the
        // response was sent.
        var filter = new AuditFilter(f.clinician.username(), f.patientB, "FHIR_EVERYTHING", null, null, 10);
        for (int i = 0; i < 50 && audit.search(filter).isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(audit.search(filter)).singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo("DENIED"));
        HttpResponse<String> asPatient = get("/fhir/r4/Flag?patient=" + f.patientB, Actor.PATIENT);
        assertThat(asPatient.statusCode()).isEqualTo(404);
    }

    @Test
    void no_login_no_odd_ids_no_500() throws Exception {
        assertThat(get("/fhir/r4/Patient/" + f.patientA + "/$everything", null).statusCode()).isEqualTo(401);
        HttpResponse<String> odd = get("/fhir/r4/Patient/abc/$everything", Actor.CLINICIAN);
        assertThat(odd.statusCode()).isEqualTo(404);
        assertThat(odd.body()).contains("OperationOutcome");
        assertThat(get("/fhir/r4/Patient/" + f.patientA + "/$everything", Actor.ADMIN).statusCode()).isEqualTo(403);
    }

    @Test
    void the_api_downloads_the_record_as_a_fhir_document() throws Exception {
        HttpResponse<String> r = get("/api/v1/patients/" + f.patientA + "/fhir", Actor.CLINICIAN);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
            .hasValueSatisfying(v -> assertThat(v).startsWith("application/fhir+json"));
        Bundle b = fhir.newJsonParser().parseResource(Bundle.class, r.body());
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(get("/api/v1/patients/" + f.patientB + "/fhir", Actor.CLINICIAN).statusCode()).isEqualTo(404);
    }

}
