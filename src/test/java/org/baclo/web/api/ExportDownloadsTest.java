package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baclo.web.api.ApiFixture.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The report and FHIR downloads: API endpoints (bearer token) and the patient page's
 * buttons (session).
 */
class ExportDownloadsTest extends ApiTestBase {

    private String bearer(Actor a) {
        return "Bearer " + f.tokens.get(a);
    }

    @Test
    void the_api_gives_both_pdf_reports_and_refuses_a_bad_version_with_a_field_message() throws Exception {
        f.newDraft();
        for (String v : new String[] { "clinician", "patient" }) {
            MvcResult r = mvc
                .perform(get("/api/v1/patients/" + f.patientA + "/report.pdf?version=" + v).header("Authorization",
                        bearer(Actor.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn();
            assertThat(new String(r.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        }
        mvc.perform(get("/api/v1/patients/" + f.patientA + "/report.pdf?version=doctor").header("Authorization",
                bearer(Actor.CLINICIAN)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/v1/patients/" + f.patientA + "/report.pdf?from=2026-01-10&to=2026-01-01")
            .header("Authorization", bearer(Actor.CLINICIAN))).andExpect(status().isBadRequest());
    }

    @Test
    void the_patient_page_offers_the_downloads_and_they_follow_the_access_rules() throws Exception {
        String page = mvc.perform(get("/patients/" + f.patientA).with(user(f.principal(Actor.CLINICIAN))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).contains("id=\"report-pdf\"", "id=\"patient-report-pdf\"", "id=\"fhir-json\"",
                "id=\"csv-doses\"", "id=\"csv-observations\"", "id=\"csv-alerts\"", "id=\"csv-refills\"");
        MvcResult csv = mvc
            .perform(get("/patients/" + f.patientA + "/exports/doses.csv").with(user(f.principal(Actor.CLINICIAN))))
            .andExpect(status().isOk())
            .andExpect(content().contentType("text/csv;charset=UTF-8"))
            .andReturn();
        assertThat(csv.getResponse().getContentAsString()).startsWith("patient_id,dose_id,at,status,mg,reason");
        mvc.perform(get("/patients/" + f.patientB + "/exports/doses.csv").with(user(f.principal(Actor.PATIENT))))
            .andExpect(status().isNotFound());
        // the clinician's report (finding codes, CrCl working) is not the patient's: they
        // have their own version
        mvc.perform(get("/patients/" + f.patientA + "/report.pdf").with(user(f.principal(Actor.PATIENT))))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patients/" + f.patientA + "/report.pdf?version=clinician").header("Authorization",
                bearer(Actor.PATIENT)))
            .andExpect(status().isForbidden());
        mvc.perform(
                get("/patients/" + f.patientA + "/report.pdf?version=patient").with(user(f.principal(Actor.PATIENT))))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/patients/" + f.patientA + "/fhir.json").with(user(f.principal(Actor.CLINICIAN))))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/fhir+json"));
        mvc.perform(get("/patients/" + f.patientB + "/fhir.json").with(user(f.principal(Actor.PATIENT))))
            .andExpect(status().isNotFound());
    }

}
