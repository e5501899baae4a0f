package org.baclo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientMedication;
import org.baclo.patient.PatientRepository;
import org.baclo.security.CareTeam;
import org.baclo.security.CareTeamMember;
import org.baclo.security.CareTeamRepository;
import org.baclo.security.Role;
import org.baclo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clinician records a patient's intrathecal pump, its first fill, a refill with a
 * residual 5 mL off the expected one, a too-fast dose change, a flexed programme (a
 * period row added) and a screening trial, then finds the pump on the refill list (issue
 * 12). Every page is screenshot and checked with axe-core; also at phone width.
 */
abstract class PumpFlow extends BrowserTestBase {

    @Autowired
    CareTeamRepository teams;

    @Autowired
    PatientRepository patients;

    TestUser clinician;

    long patientId;

    String name;

    @BeforeEach
    void patientWithATeam() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        clinician = createUser(Role.CLINICIAN);
        CareTeam team = teams.save(new CareTeam(null, "Pump clinic " + unique,
                Instant.now().truncatedTo(ChronoUnit.MICROS), Set.of(new CareTeamMember(clinician.user().id()))));
        name = "Pump patient " + unique;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        patientId = patients
            .save(new Patient(null, team.id(), name, LocalDate.of(1975, 5, 5), "female", new BigDecimal("70"),
                    new BigDecimal("0.9"), "mg/dL", LocalDate.now().minusDays(3), null, false, false, "ms-spasticity",
                    "Europe/London", now, now, null, Set.of(), List.of(new PatientMedication("paracetamol"))))
            .id();
    }

    private void submit(String button) {
        Navigation.clickAndWait(page, page.locator(button));
    }

    private Locator field(String id) {
        return page.locator("#" + id);
    }

    @Test
    void clinician_records_a_pump_a_refill_and_a_dose_change() {
        login(clinician);
        open("/patients/" + patientId);
        Navigation.clickAndWait(page, page.locator("#pump-link"));
        checkPage("01-no-pump");

        field("model").fill("SynchroMed II");
        field("reservoirMl").fill("200");
        submit("#save-pump");
        assertThat(field("reservoirMl").getAttribute("aria-invalid")).isEqualTo("true");
        checkPage("02-pump-invalid");
        field("reservoirMl").fill("20");
        field("catheterTip").fill("T10");
        submit("#save-pump");
        assertThat(page.locator("#saved").textContent()).contains("Pump saved");

        field("filledAt").fill("2026-11-01T00:00");
        field("volumeMl").fill("18");
        field("concentrationMcgMl").fill("500");
        field("doseMcgDay").fill("400");
        submit("#save-refill");
        assertThat(page.locator("#daily-volume").textContent()).isEqualTo("0.8 mL/day");
        assertThat(page.locator("#alarm-date").textContent()).isEqualTo("2026-11-21");
        assertThat(page.locator("#refill-due").textContent()).isEqualTo("2026-11-14");
        checkPage("03-first-fill");

        field("filledAt").fill("2026-11-11T00:00");
        field("residualMl").fill("15");
        field("volumeMl").fill("18");
        field("concentrationMcgMl").fill("500");
        field("doseMcgDay").fill("400");
        submit("#save-refill");
        assertThat(page.locator("#findings").textContent()).contains("RESIDUAL_DISCREPANCY").contains("under-delivery");
        checkPage("04-refill-discrepancy");

        field("from").fill("2026-11-12T09:00");
        field("proposedMcgDay").fill("560");
        submit("#save-dose");
        assertThat(page.locator("#findings").textContent()).contains("ITB_TITRATION_TOO_FAST");
        checkPage("05-dose-change");

        // a flexed programme: three periods (one row added) summing to 160 + 300 + 100 =
        // 560 mcg/day
        page.locator("#mode-flexed").check();
        field("from").fill("2026-11-13T09:00");
        field("period-0-start").fill("00:00");
        field("period-0-end").fill("08:00");
        field("period-0-mcgPerHour").fill("20");
        field("period-1-start").fill("08:00");
        field("period-1-end").fill("18:00");
        field("period-1-mcgPerHour").fill("25");
        submit("#save-dose");
        assertThat(field("period-1-end").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#period-1-end-error").textContent()).contains("ends at 18:00");
        checkPage("05b-flexed-invalid");
        submit("#add-period");
        field("period-1-end").fill("20:00");
        field("period-2-start").fill("20:00");
        field("period-2-end").fill("00:00");
        field("period-2-mcgPerHour").fill("25");
        submit("#save-dose");
        assertThat(page.locator("#saved").textContent()).contains("Dose changed");
        assertThat(page.locator("#current-periods").textContent()).contains("00:00–08:00 20 mcg/h")
            .contains("20:00–00:00 25 mcg/h");
        assertThat(page.locator("#current-dose").textContent()).isEqualTo("560 mcg/day");
        checkPageWide("05c-flexed");

        // the screening trial: 50 mcg without response, 75 mcg with 6 h of effect → start
        // at 150 mcg/day
        field("doseMcg").fill("50");
        page.locator("#response-none").check();
        submit("#save-bolus");
        assertThat(page.locator("#screening-verdict").textContent()).contains("give 75 mcg");
        assertThat(field("doseMcg").inputValue()).isEqualTo("75");
        page.locator("#response-positive").check();
        field("effectHours").fill("6");
        submit("#save-bolus");
        assertThat(page.locator("#screening-verdict").textContent()).contains("Candidate");
        assertThat(page.locator("#screening-start").textContent()).contains("150 mcg/day").contains("LBL-ITB");
        checkPageWide("05d-screening");

        page.setViewportSize(390, 844);
        open("/patients/" + patientId + "/pump");
        checkPage("06-pump-phone");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
            .as("no horizontal scroll at 390 px")
            .isTrue();
        page.setViewportSize(1280, 900);
        open("/pumps/refills");
        assertThat(page.locator("#refill-list").textContent()).contains(name);
        checkPage("07-refill-list");
    }

}
