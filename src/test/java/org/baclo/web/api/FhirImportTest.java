package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baclo.web.api.ApiFixture.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * FHIR import of co-medications (issue 13): a bundle with known and unknown medications
 * adds the known ones (matched by ATC code, brand or name, including an RxNorm coding's
 * display) and reports the unknown ones per entry; an invalid document stores nothing.
 */
class FhirImportTest extends ApiTestBase {

    private static String statement(String concept) {
        return "{\"resource\": {\"resourceType\": \"MedicationStatement\", \"status\": \"active\","
                + " \"subject\": {\"reference\": \"Patient/x\"}, \"medicationCodeableConcept\": " + concept + "}}";
    }

    private static String bundle(String... entries) {
        return "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [" + String.join(", ", entries)
                + "]}";
    }

    private ResultActions send(Actor who, long patient, String body) throws Exception {
        return mvc.perform(post("/api/v1/patients/" + patient + "/fhir/medications")
            .header("Authorization", "Bearer " + f.tokens.get(who))
            .contentType("application/fhir+json")
            .content(body));
    }

    private java.util.List<String> meds() {
        return patients.findById(f.patientA).orElseThrow().medicationNames();
    }

    @Test
    void known_medications_are_added_and_unknown_ones_reported_per_entry() throws Exception {
        String body = bundle(
                statement("{\"coding\": [{\"system\": \"http://www.whocc.no/atc\", \"code\": \"N03AX14\"}]}"),
                statement("{\"text\": \"Xanax\"}"),
                statement("{\"coding\": [{\"system\": \"http://www.nlm.nih.gov/research/umls/rxnorm\","
                        + " \"code\": \"35296\", \"display\": \"ramipril\"}]}"),
                statement("{\"text\": \"Moonberry extract\"}"),
                statement("{\"text\": \"OxyContin\", \"coding\": [{\"system\": \"http://www.whocc.no/atc\","
                        + " \"code\": \"N02AA05\"}]}"),
                "{\"resource\": {\"resourceType\": \"Patient\", \"gender\": \"male\"}}");
        send(Actor.CLINICIAN, f.patientA, body).andExpect(status().isOk())
            .andExpect(jsonPath("$.added").value(3))
            .andExpect(jsonPath("$.unmatched").value(1))
            .andExpect(jsonPath("$.entries[0].result").value("added"))
            .andExpect(jsonPath("$.entries[0].substance").value("levetiracetam"))
            .andExpect(jsonPath("$.entries[1].substance").value("alprazolam"))
            .andExpect(jsonPath("$.entries[2].substance").value("ramipril"))
            .andExpect(jsonPath("$.entries[3].result").value("unmatched"))
            .andExpect(jsonPath("$.entries[3].entered").value("Moonberry extract"))
            .andExpect(jsonPath("$.entries[4].result").value("already-recorded"))
            .andExpect(jsonPath("$.entries[5].result").value("skipped"));
        assertThat(meds()).containsExactlyInAnyOrder("oxycodone", "levetiracetam", "alprazolam", "ramipril");
    }

    @Test
    void an_invalid_document_stores_nothing() throws Exception {
        send(Actor.CLINICIAN, f.patientA, "{\"resourceType\": \"Bundle\", \"entry\": [")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("body"));
        send(Actor.CLINICIAN, f.patientA, "{\"resourceType\": \"Patient\"}").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("resourceType"));
        send(Actor.CLINICIAN, f.patientA,
                bundle(statement("{\"text\": \"Xanax\"}"),
                        "{\"resource\": {\"resourceType\": \"MedicationStatement\", \"status\": \"active\","
                                + " \"subject\": {\"reference\": \"Patient/x\"}}}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("entry[1].resource.medication"));
        assertThat(meds()).containsExactly("oxycodone");
    }

    @Test
    void only_the_care_teams_clinicians_import() throws Exception {
        String body = bundle(statement("{\"text\": \"Xanax\"}"));
        send(Actor.PATIENT, f.patientA, body).andExpect(status().isForbidden());
        send(Actor.OTHER_CLINICIAN, f.patientA, body).andExpect(status().isNotFound());
        assertThat(meds()).containsExactly("oxycodone");
    }

}
