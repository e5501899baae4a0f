package org.baclo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientRepository;
import org.baclo.plan.PlanRequest;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.AppUser;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.CareTeam;
import org.baclo.security.CareTeamMember;
import org.baclo.security.CareTeamRepository;
import org.baclo.security.Role;
import org.baclo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The export buttons in a real browser (issue 13): on the patient page a clinician finds
 * the visit report and the patient's schedule (PDF), the record as FHIR and the four CSV
 * datasets, and each one downloads with its content type and first bytes; the patient
 * finds their schedule and diary on their Today page, not the clinician's report, which
 * is refused even by its address. Pages checked with axe-core and at 390 px.
 */
class ExportButtonsBrowserH2IT extends BrowserTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A PDF is rendered on demand: allow for a slow, shared machine. */
    private static final double SLOW = 90_000;

    @Autowired
    CareTeamRepository teams;

    @Autowired
    PatientRepository patients;

    @Autowired
    PlanWorkflow plans;

    private static BacloPrincipal principal(AppUser u) {
        return new BacloPrincipal(u.id(), u.username(), u.displayName(), u.passwordHash(), u.role(), true, false,
                u.patientId());
    }

    private Patient patient(long team, String name) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return patients.save(new Patient(null, team, name, LocalDate.of(1975, 5, 1), "female", new BigDecimal("70"),
                new BigDecimal("0.9"), "mg/dL", LocalDate.now(LONDON).minusDays(2), null, false, false, "ms-spasticity",
                "Europe/London", now, now, null, Set.of(), List.of()));
    }

    /** Clicks a download link and returns the file's bytes and name. */
    private record Downloaded(String name, byte[] bytes) {
    }

    private Downloaded download(String selector) throws IOException {
        Download d = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(SLOW),
                () -> page.locator(selector).click());
        assertThat(d.failure()).as("download of %s", selector).isNull();
        return new Downloaded(d.suggestedFilename(), Files.readAllBytes(d.path()));
    }

    /** The link's target fetched with the page's session. */
    private APIResponse fetch(String path) {
        return context.request().get(url(path), RequestOptions.create().setTimeout(SLOW).setMaxRedirects(0));
    }

    private APIResponse fetchHref(String selector) {
        return fetch(page.locator(selector).getAttribute("href"));
    }

    private static String head(byte[] bytes, int n) {
        return new String(bytes, 0, Math.min(n, bytes.length), StandardCharsets.UTF_8);
    }

    @Test
    void the_clinician_downloads_every_export_and_the_patient_only_their_own_documents() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestUser clinician = createUser(Role.CLINICIAN);
        CareTeam team = teams.save(new CareTeam(null, "Exports " + unique, Instant.now().truncatedTo(ChronoUnit.MICROS),
                Set.of(new CareTeamMember(clinician.user().id()))));
        Patient ana = patient(team.id(), "Ana Export " + unique);
        Patient other = patient(team.id(), "Ben Other " + unique);
        TestUser patientUser = createUser("pat-" + unique, "pw-" + UUID.randomUUID(), Role.PATIENT);
        users.save(patientUser.user().withPatientId(ana.id()));
        BacloPrincipal doctor = principal(clinician.user());
        long draft = plans
            .create(doctor, ana.id(),
                    new PlanRequest("titrate", new BigDecimal("30"), null, null, null, null, "tablet", null, null, null,
                            LocalDate.now(LONDON), null, null, null))
            .id();
        plans.activate(doctor, ana.id(), draft, "Accepted for the browser test.");

        // the clinician's patient page
        login(clinician);
        open("/patients/" + ana.id());
        for (String id : new String[] { "#report-pdf", "#patient-report-pdf", "#fhir-json", "#csv-doses",
                "#csv-observations", "#csv-alerts", "#csv-refills" }) {
            assertThat(page.locator(id)).isVisible();
        }
        checkPageWide("01-patient-page");

        Downloaded visit = download("#report-pdf");
        assertThat(head(visit.bytes(), 5)).isEqualTo("%PDF-");
        assertThat(visit.name()).endsWith("-clinician-report.pdf");
        Downloaded schedule = download("#patient-report-pdf");
        assertThat(head(schedule.bytes(), 5)).isEqualTo("%PDF-");
        assertThat(schedule.name()).endsWith("-patient-report.pdf");
        Downloaded fhir = download("#fhir-json");
        assertThat(head(fhir.bytes(), 200)).contains("\"resourceType\": \"Bundle\"");
        Downloaded doses = download("#csv-doses");
        assertThat(head(doses.bytes(), 100)).startsWith("patient_id,dose_id,at,status,mg,reason");

        // content types, as a browser receives them
        APIResponse pdf = fetchHref("#report-pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(fetchHref("#fhir-json").headers().get("content-type")).startsWith("application/fhir+json");
        for (String d : new String[] { "doses", "observations", "alerts", "refills" }) {
            APIResponse r = fetchHref("#csv-" + d);
            assertThat(r.status()).as(d).isEqualTo(200);
            assertThat(r.headers().get("content-type")).as(d).startsWith("text/csv");
            assertThat(head(r.body(), 12)).as(d).startsWith("patient_id,");
        }
        assertThat(page).hasURL(url("/patients/" + ana.id()));

        // the patient: their schedule and diary from Today, not the clinician's report
        context.clearCookies();
        login(patientUser);
        open("/today");
        assertThat(page.locator("#my-schedule-pdf")).isVisible();
        assertThat(page.locator("#my-diary-csv")).isVisible();
        assertThat(page.locator("#report-pdf")).hasCount(0);
        checkPageWide("02-today");
        Downloaded mine = download("#my-schedule-pdf");
        assertThat(head(mine.bytes(), 5)).isEqualTo("%PDF-");
        assertThat(mine.name()).endsWith("-patient-report.pdf");
        APIResponse diary = fetchHref("#my-diary-csv");
        assertThat(diary.status()).isEqualTo(200);
        assertThat(diary.headers().get("content-type")).startsWith("text/csv");
        assertThat(fetch("/patients/" + ana.id() + "/report.pdf").status()).isEqualTo(403);
        assertThat(fetch("/patients/" + ana.id() + "/report.pdf?version=clinician").status()).isEqualTo(403);
        assertThat(fetch("/patients/" + other.id() + "/report.pdf?version=patient").status()).isEqualTo(404);
        assertThat(fetch("/patients/" + other.id() + "/exports/doses.csv").status()).isEqualTo(404);
        assertThat(fetch("/patients/" + other.id() + "/fhir.json").status()).isEqualTo(404);
    }

}
