package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.baclo.csvexport.CsvExports;
import org.baclo.pumpclinic.PumpService;
import org.baclo.web.api.ApiFixture.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * CSV exports (issue 13): header row with the documented columns, ISO times with offsets,
 * quoting that survives commas and quotes, per patient and clinic-wide for the
 * clinician's teams only; bad input is a field-level 400.
 */
class CsvExportTest extends ApiTestBase {

    @Autowired
    PumpService pumps;

    private String bearer(Actor a) {
        return "Bearer " + f.tokens.get(a);
    }

    private List<CSVRecord> csv(String path, Actor who) throws Exception {
        String body = mvc.perform(get(path).header("Authorization", bearer(who)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        return CSVFormat.DEFAULT.parse(new StringReader(body)).getRecords();
    }

    private void diary(long patient, Actor who, String at) throws Exception {
        mvc.perform(post("/api/v1/patients/" + patient + "/diary").header("Authorization", bearer(who))
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"doses": [{"id": "d1", "at": "%1$s", "status": "taken", "mg": 5},
                               {"id": "d2", "at": "%1$s", "status": "skipped", "reason": "felt sick, \\"very\\""}],
                     "observations": [{"id": "o1", "at": "%1$s", "kind": "side-effect", "effect": "dizziness",
                                       "severity": "mild", "note": "after lunch, \\"briefly\\""},
                                      {"id": "o2", "at": "%1$s", "kind": "penn", "frequency": 2,
                                       "severity": 1}]}""".formatted(at))).andExpect(status().is2xxSuccessful());
    }

    @Test
    void a_patients_doses_and_observations_with_header_iso_offsets_and_quoting() throws Exception {
        String at = OffsetDateTime.now(clock).minusDays(1).withNano(0).withSecond(0).toString();
        diary(f.patientA, Actor.PATIENT, at);
        List<CSVRecord> doses = csv("/api/v1/patients/" + f.patientA + "/exports/doses.csv", Actor.CLINICIAN);
        assertThat(doses.get(0).toList()).isEqualTo(CsvExports.Dataset.DOSES.columns());
        assertThat(doses).hasSize(3);
        assertThat(doses.get(1).get(2)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");
        assertThat(OffsetDateTime.parse(doses.get(1).get(2)).toInstant())
            .isEqualTo(OffsetDateTime.parse(at).toInstant());
        assertThat(doses.get(2).get(3)).isEqualTo("skipped");
        assertThat(doses.get(2).get(5)).isEqualTo("felt sick, \"very\"");
        List<CSVRecord> obs = csv("/api/v1/patients/" + f.patientA + "/exports/observations.csv", Actor.PATIENT);
        assertThat(obs.get(0).toList()).isEqualTo(CsvExports.Dataset.OBSERVATIONS.columns());
        assertThat(obs.subList(1, obs.size())).extracting(r -> r.get(3) + "=" + r.get(4))
            .containsExactlyInAnyOrder("side-effect=dizziness", "penn=2");
        assertThat(obs).anySatisfy(r -> assertThat(r.get(3) + r.get(5)).isEqualTo("penn1"));
        assertThat(obs).anySatisfy(r -> assertThat(r.get(6)).isEqualTo("after lunch, \"briefly\""));
    }

    @Test
    void refills_and_the_clinic_wide_export_cover_only_the_clinicians_teams() throws Exception {
        pumps.savePump(f.principal(Actor.CLINICIAN), f.patientA, new PumpService.PumpForm("SynchroMed II",
                new BigDecimal("20"), new BigDecimal("2"), LocalDate.now(clock).minusDays(60), "spinal", "T10", null));
        pumps.recordRefill(f.principal(Actor.CLINICIAN), f.patientA,
                new PumpService.RefillForm(LocalDateTime.now(clock).minusDays(3).withNano(0), null,
                        new BigDecimal("18"), new BigDecimal("500"), new BigDecimal("400")));
        List<CSVRecord> refills = csv("/api/v1/patients/" + f.patientA + "/exports/refills.csv", Actor.CLINICIAN);
        assertThat(refills.get(0).toList()).isEqualTo(CsvExports.Dataset.REFILLS.columns());
        assertThat(refills).hasSize(2);
        assertThat(refills.get(1).get(5)).isEqualTo("18");
        assertThat(refills.get(1).get(7)).isEqualTo("400");
        String at = OffsetDateTime.now(clock).minusDays(1).withNano(0).toString();
        diary(f.patientA, Actor.PATIENT, at);
        diary(f.patientB, Actor.OTHER_PATIENT, at);
        List<CSVRecord> clinic = csv("/api/v1/exports/doses.csv", Actor.CLINICIAN);
        assertThat(clinic.subList(1, clinic.size())).isNotEmpty()
            .allSatisfy(r -> assertThat(r.get(0)).isEqualTo(String.valueOf(f.patientA)));
        mvc.perform(get("/api/v1/exports/doses.csv").header("Authorization", bearer(Actor.PATIENT)))
            .andExpect(status().isForbidden());
    }

    @Test
    void bad_input_is_a_field_level_problem() throws Exception {
        mvc.perform(get("/api/v1/patients/" + f.patientA + "/exports/pills.csv").header("Authorization",
                bearer(Actor.CLINICIAN)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("dataset"));
        mvc.perform(get("/api/v1/patients/" + f.patientA + "/exports/doses.csv?from=2026-01-01&to=2025-01-01")
            .header("Authorization", bearer(Actor.CLINICIAN)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/patients/" + f.patientB + "/exports/doses.csv").header("Authorization",
                bearer(Actor.CLINICIAN)))
            .andExpect(status().isNotFound());
    }

}
