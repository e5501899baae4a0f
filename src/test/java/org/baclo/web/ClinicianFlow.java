package org.baclo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientMedication;
import org.baclo.patient.PatientRepository;
import org.baclo.plan.PlanRequest;
import org.baclo.plan.PlanView;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.AuditEvent;
import org.baclo.security.AuditFilter;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.CareTeam;
import org.baclo.security.CareTeamMember;
import org.baclo.security.CareTeamRepository;
import org.baclo.security.Role;
import org.baclo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clinician's day in a real browser (issue 5): log in, create a patient (first with a
 * wrong weight), read the kidney assessment, build a titration with the live preview,
 * save and activate it, then a taper with a CRITICAL finding that needs an override
 * reason and supersedes the first plan; log out. A clinician outside the care team gets
 * the not-found page and the refusal is audited. Every page is screenshot and checked
 * with axe-core. Runs on H2 ({@link ClinicianFlowH2IT}) and on PostgreSQL
 * ({@link ClinicianFlowPostgresIT}).
 */
abstract class ClinicianFlow extends BrowserTestBase {

    private static final Pattern PATIENT_URL = Pattern.compile(".*/patients/(\\d+)$");

    private static final Pattern PLAN_URL = Pattern.compile(".*/patients/(\\d+)/plans/(\\d+)(\\?.*)?$");

    @Autowired
    CareTeamRepository teams;

    @Autowired
    PatientRepository patients;

    @Autowired
    AuditService audit;

    @Autowired
    PlanWorkflow planWorkflow;

    TestUser clinician;

    CareTeam team;

    String unique;

    @BeforeEach
    void clinicianOnATeam() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        clinician = createUser(Role.CLINICIAN);
        team = teams.save(new CareTeam(null, "Ward " + unique, Instant.now().truncatedTo(ChronoUnit.MICROS),
                Set.of(new CareTeamMember(clinician.user().id()))));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A link of the main navigation bar. */
    private Locator navLink(String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private void clickAndWait(Locator target) {
        Navigation.clickAndWait(page, target);
    }

    /**
     * The message shown beside a form field (Bootstrap's invalid-feedback after the
     * control).
     */
    private Locator messageBeside(String fieldId) {
        return page.locator("#" + fieldId + " ~ .invalid-feedback");
    }

    private Locator finding(String code) {
        return page.locator("#findings [data-code=" + code + "]");
    }

    /**
     * Waits until htmx has no request in flight on the plan form, so the preview shown is
     * the latest one.
     */
    private void previewSettled() {
        assertThat(page.locator("#plan-form.htmx-request")).hasCount(0);
    }

    private static long group(Pattern p, String url, int group) {
        Matcher m = p.matcher(url);
        assertThat(m.matches()).as("URL %s matches %s", url, p).isTrue();
        return Long.parseLong(m.group(group));
    }

    @Test
    void clinician_creates_a_patient_and_activates_plans() {
        String name = "Margaret Test " + unique;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        // 72 years old in every time zone: the birthday was a month ago.
        LocalDate born = today.minusYears(72).minusDays(30);

        // Log in: the worklist (issue 14), nothing on it yet, with the Patients link.
        login(clinician);
        assertThat(page.url()).isEqualTo(url("/worklist"));
        assertThat(page.locator("h1")).hasText("Worklist");
        assertThat(page.locator("#no-review")).isVisible();
        checkPageWide("01-worklist");

        clickAndWait(navLink("Patients"));
        assertThat(page.url()).isEqualTo(url("/patients"));
        assertThat(page.locator("main")).containsText("No patients yet.");
        checkPage("02-patients-empty");

        clickAndWait(page.locator("#new-patient"));
        assertThat(page.url()).isEqualTo(url("/patients/new"));
        assertThat(page.locator("h1")).hasText("New patient");
        // issue 14, item 5: any number of medicines (patient-form.js), a time zone from a
        // searchable list
        assertThat(page.locator("#medicines input")).hasCount(3);
        page.locator("#add-medicine").click();
        assertThat(page.locator("#medicines input")).hasCount(4);
        assertThat(page.locator("#med-3")).isFocused();
        assertThat(page.locator("#med-3")).hasAttribute("list", "substance-list");
        assertThat(page.locator("#timeZone")).hasAttribute("list", "zone-list");
        assertThat(page.locator("#zone-list option[value='Europe/London']")).hasCount(1);
        checkPageWide("03-patient-form");

        // First submission: an impossible weight. The form comes back with the message
        // beside the field and every
        // typed value kept.
        page.locator("#name").fill(name);
        page.locator("#dateOfBirth").fill(born.toString());
        page.locator("#sex").selectOption("female");
        page.locator("#weightKg").fill("900");
        page.locator("#creatinineValue").fill("1.4");
        page.locator("#creatinineUnit").selectOption("mg/dL");
        page.locator("#creatinineDate").fill(today.minusDays(3).toString());
        page.locator("#timeZone").fill("Europe/London");
        page.locator("#condition-diabetes").check();
        page.locator("#med-0").fill("Xanax");
        page.locator("#med-1").fill("oxycodone");
        clickAndWait(page.locator("#save-patient"));

        assertThat(page.url()).isEqualTo(url("/patients"));
        assertThat(page.locator("#form-errors")).isVisible();
        assertThat(page.locator("#weightKg")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(messageBeside("weightKg")).isVisible();
        assertThat(messageBeside("weightKg")).hasText("Weight must be between 2 and 400 kg; got 900.");
        assertThat(page.locator(".is-invalid")).hasCount(1);
        assertThat(page.locator("#name")).hasValue(name);
        assertThat(page.locator("#dateOfBirth")).hasValue(born.toString());
        assertThat(page.locator("#sex")).hasValue("female");
        assertThat(page.locator("#weightKg")).hasValue("900");
        assertThat(page.locator("#creatinineValue")).hasValue("1.4");
        assertThat(page.locator("#creatinineUnit")).hasValue("mg/dL");
        assertThat(page.locator("#creatinineDate")).hasValue(today.minusDays(3).toString());
        assertThat(page.locator("#timeZone")).hasValue("Europe/London");
        assertThat(page.locator("#condition-diabetes")).isChecked();
        assertThat(page.locator("input[name=conditions]:checked")).hasCount(1);
        assertThat(page.locator("#med-0")).hasValue("Xanax");
        assertThat(page.locator("#med-1")).hasValue("oxycodone");
        checkPage("04-patient-form-invalid-weight");

        // Corrected and saved: the patient page with the Cockcroft–Gault clearance and
        // its band.
        page.locator("#weightKg").fill("60");
        clickAndWait(page.locator("#save-patient"));
        long patientId = group(PATIENT_URL, page.url(), 1);
        assertThat(page.locator("h1")).hasText(name);
        Locator renal = page.locator("#renal");
        // (140 − 72) × 60 / (72 × 1.4) × 0.85 = 34.4 mL/min
        assertThat(renal).containsText("34.4 mL/min");
        assertThat(renal.locator(".badge")).hasText("MODERATE");
        assertThat(renal).containsText("Cockcroft–Gault");
        assertThat(page.locator("#creatinine-stale")).hasCount(0);
        Locator meds = page.locator("li", new Page.LocatorOptions().setHasText("Xanax"));
        assertThat(meds).containsText("(alprazolam)");
        assertThat(page.locator("main")).containsText("oxycodone");
        assertThat(page.locator("main")).not().containsText("not recognised");
        assertThat(page.locator("main")).containsText("Diabetes");
        assertThat(page.locator("#plans")).containsText("No plans yet.");
        checkPage("05-patient");

        // The edit form starts from the record; saving it unchanged comes back to the
        // same patient page.
        clickAndWait(page.locator("#edit-patient"));
        assertThat(page.url()).isEqualTo(url("/patients/" + patientId + "/edit"));
        assertThat(page.locator("h1")).hasText("Edit patient");
        assertThat(page.locator("#name")).hasValue(name);
        assertThat(page.locator("#sex")).hasValue("female");
        assertThat(page.locator("#condition-diabetes")).isChecked();
        assertThat(page.locator("#med-0")).hasValue("Xanax");
        assertThat(page.locator("#med-1")).hasValue("oxycodone");
        assertThat(page.locator("#med-2")).hasValue("");
        checkPage("05b-patient-edit");
        clickAndWait(page.locator("#save-patient"));
        assertThat(page.url()).isEqualTo(url("/patients/" + patientId));
        assertThat(page.locator("#renal")).containsText("34.4 mL/min");

        // A titration to 60 mg/day: the preview shows the steps, the findings and the
        // simulated concentration.
        clickAndWait(page.locator("#new-plan"));
        assertThat(page.url()).isEqualTo(url("/patients/" + patientId + "/plans/new"));
        assertThat(page.locator("#kind-titrate")).isChecked();
        // No error before anything is typed (issue 9); only the fields of the chosen kind
        // are shown.
        assertThat(page.locator("#preview-errors")).hasCount(0);
        assertThat(page.locator("#fromMgDay")).isHidden();
        assertThat(page.locator("#targetMgDay")).isVisible();
        checkPage("06a-plan-builder");
        // Saving without a target: the builder comes back with the message beside the
        // field.
        clickAndWait(page.locator("#save-plan"));
        assertThat(page.url()).isEqualTo(url("/patients/" + patientId + "/plans"));
        assertThat(page.locator("#targetMgDay")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(messageBeside("targetMgDay")).hasText("Is required (mg/day).");
        assertThat(page.locator("#targetMgDay")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#targetMgDay")).hasAttribute("aria-describedby", "targetMgDay-error");
        assertThat(page.locator("#kind-titrate")).isChecked();
        checkPage("06b-plan-builder-invalid");
        page.locator("#kind-titrate").check();
        page.locator("#targetMgDay").pressSequentially("60");
        assertThat(page.locator("#preview #steps")).isVisible();
        // a plan that can be made clears the page-level error left by the failed save
        assertThat(page.locator("#builder-errors .alert")).hasCount(0);
        previewSettled();
        assertThat(page.locator("#preview #steps tbody tr").count()).isGreaterThan(1);
        assertThat(page.locator("#preview")).containsText("Renal band MODERATE");
        for (String code : List.of("TARGET_CAPPED", "RENAL_MODERATE", "INTERACTION_BENZODIAZEPINE",
                "INTERACTION_OPIOID")) {
            assertThat(finding(code)).hasCount(1);
        }
        assertThat(page.locator("#findings .finding-CRITICAL")).hasCount(0);
        assertThat(page.locator("#preview canvas#concentration-chart")).isAttached();
        // plan-chart.js drew the curve on the canvas (Chart.js, allowed by the page's
        // CSP).
        page.waitForFunction("() => window.Chart !== undefined"
                + " && Chart.getChart(document.getElementById('concentration-chart')) !== undefined");
        checkPage("06-plan-preview-titrate");
        // An invalid value after a valid preview: the field says so and the preview is
        // marked out of date.
        page.locator("#targetMgDay").fill("");
        page.locator("#targetMgDay").pressSequentially("6e");
        assertThat(page.locator("#targetMgDay")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.locator("#preview-stale")).containsText("out of date");
        page.locator("#targetMgDay").fill("60");
        page.locator("#targetMgDay").press("Tab");
        assertThat(page.locator("#preview-stale")).hasCount(0);
        previewSettled();
        assertThat(page.locator("#targetMgDay")).not().hasClass(Pattern.compile("\\bis-invalid\\b"));

        clickAndWait(page.locator("#save-plan"));
        long titrationId = group(PLAN_URL, page.url(), 2);
        assertThat(page.locator("#plan-status")).hasText("DRAFT");
        assertThat(page.locator("#overrideReason")).hasCount(0);
        assertThat(finding("TARGET_CAPPED")).hasCount(1);
        // the saved plan shows its chart too (issue 9)
        page.waitForFunction("() => window.Chart !== undefined"
                + " && Chart.getChart(document.getElementById('concentration-chart')) !== undefined");
        checkPage("07-plan-draft");

        clickAndWait(page.locator("#activate-plan"));
        assertThat(group(PLAN_URL, page.url(), 2)).isEqualTo(titrationId);
        assertThat(page.locator("#plan-status")).hasText("ACTIVE");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The plan is active.");
        assertThat(page.locator("#activate-plan")).hasCount(0);
        checkPage("08-plan-active");

        // A stop from 60 mg/day in one step of 20 mg a dose: ABRUPT_STOP, CRITICAL.
        clickAndWait(link(name));
        clickAndWait(page.locator("#new-plan"));
        page.locator("#kind-taper").check();
        page.locator("#fromMgDay").pressSequentially("60");
        page.locator("#plan-form summary").click();
        page.locator("#stepMg").pressSequentially("20");
        page.locator("#stepMg").press("Tab");
        assertThat(finding("ABRUPT_STOP")).isVisible();
        previewSettled();
        assertThat(finding("ABRUPT_STOP")).hasClass(Pattern.compile("\\bfinding-CRITICAL\\b"));
        checkPage("09-plan-preview-abrupt-stop");

        clickAndWait(page.locator("#save-plan"));
        long taperId = group(PLAN_URL, page.url(), 2);
        assertThat(taperId).isNotEqualTo(titrationId);
        assertThat(page.locator("#plan-status")).hasText("DRAFT");
        assertThat(page.locator("#overrideReason")).isVisible();
        checkPage("10-plan-draft-critical");

        // Without a reason the plan stays a draft and the message is beside the reason
        // field.
        clickAndWait(page.locator("#activate-plan"));
        assertThat(page.locator("#plan-status")).hasText("DRAFT");
        assertThat(page.locator("#overrideReason")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(messageBeside("overrideReason")).isVisible();
        assertThat(messageBeside("overrideReason")).containsText("CRITICAL finding");
        checkPage("11-activate-without-reason");

        String reason = "Stopped in hospital under observation after a serious fall " + unique;
        page.locator("#overrideReason").fill(reason);
        clickAndWait(page.locator("#activate-plan"));
        assertThat(group(PLAN_URL, page.url(), 2)).isEqualTo(taperId);
        assertThat(page.locator("#plan-status")).hasText("ACTIVE");
        assertThat(page.locator("#override-reason")).containsText(reason);
        checkPage("12-activated-with-override");

        // The history on the patient page: the taper is active, the titration superseded,
        // never overwritten.
        clickAndWait(link(name));
        Locator rows = page.locator("#plans tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0).locator("td")).containsText(new String[] { "v2", "taper", "ACTIVE" });
        assertThat(rows.nth(1).locator("td")).containsText(new String[] { "v1", "titrate", "SUPERSEDED" });
        checkPage("13-patient-with-history");

        clickAndWait(link("v1"));
        assertThat(page.locator("#plan-status")).hasText("SUPERSEDED");
        assertThat(page.locator("main")).containsText("by a newer plan");
        checkPage("14-superseded-plan");

        // The patient is in the list, with the clearance, the band in words, the active
        // plan and its flag.
        clickAndWait(navLink("Patients"));
        Locator card = page.locator("#patients .patient-card");
        assertThat(card).hasCount(1);
        assertThat(card).containsText("34.4 mL/min");
        assertThat(card.locator(".renal-badge")).hasText("Kidneys: Moderate impairment");
        assertThat(card.locator(".renal-badge")).hasClass(Pattern.compile("\\btext-bg-warning\\b"));
        assertThat(card.locator(".active-plan")).containsText("Active plan v2 (taper)");
        assertThat(card.locator(".patient-flags")).containsText("Active plan overrides a CRITICAL finding");
        checkPageWide("15-patients");
        // Search by name: a part of the name finds the patient, another name finds
        // nobody.
        page.locator("#q").fill(unique);
        clickAndWait(page.locator("#patient-search button"));
        assertThat(page.locator("#patients .patient-card")).hasCount(1);
        page.locator("#q").fill("nobody-" + unique);
        clickAndWait(page.locator("#patient-search button"));
        assertThat(page.locator("#patients .patient-card")).hasCount(0);
        assertThat(page.locator("#no-match")).isVisible();
        checkPage("15b-patients-no-match");

        // The worklist now lists the patient for review: the active plan overrides a
        // CRITICAL finding.
        clickAndWait(navLink("Worklist"));
        assertThat(page.locator("#review .patient-card")).hasCount(1);
        assertThat(page.locator("#review")).containsText(name);
        assertThat(page.locator("#review")).containsText("Active plan overrides a CRITICAL finding");
        checkPageWide("15c-worklist");

        clickAndWait(page.locator("#logout"));
        assertThat(page.url()).isEqualTo(url("/login?logout"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You have been logged out.");
        checkPage("16-logged-out");

        assertThat(audit.search(new AuditFilter(clinician.username(), patientId, "PLAN_ACTIVATE", null, null, null)))
            .extracting(AuditEvent::outcome)
            .containsExactly("OK", "INVALID", "OK");
    }

    @Test
    void a_new_plan_for_a_patient_on_an_active_30_mg_plan_starts_from_30_mg() {
        // issue 9: BACLOFEN.md §4 "a new plan starts from the patient's current dose"
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Patient patient = patients.save(new Patient(null, team.id(), "Current Dose " + unique, LocalDate.of(1975, 5, 1),
                "male", new BigDecimal("80"), new BigDecimal("1.0"), "mg/dL", LocalDate.now().minusDays(5), null, false,
                false, "ms-spasticity", "Europe/London", now, now, null, Set.of(), List.of()));
        BacloPrincipal who = new BacloPrincipal(clinician.user().id(), clinician.username(), "Clinician",
                clinician.user().passwordHash(), Role.CLINICIAN, true, false, null);
        PlanView maintained = planWorkflow.create(who, patient.id(),
                new PlanRequest("maintain", null, null, null, null, null, "tablet", null, null, null,
                        LocalDate.now(ZoneId.of("Europe/London")).minusDays(3), null, 60, null, new BigDecimal("30"),
                        null));
        planWorkflow.activate(who, patient.id(), maintained.id(), "Stable on 30 mg/day for months, keep it");

        login(clinician);
        open("/patients/" + patient.id() + "/plans/new");
        assertThat(page.locator("#currentMgDay")).hasValue("30");
        assertThat(page.locator("#active-dose")).containsText("30 mg/day");
        page.locator("#targetMgDay").pressSequentially("60");
        assertThat(page.locator("#preview #steps")).isVisible();
        previewSettled();
        assertThat(page.locator("#preview")).containsText("Starts from the current 30 mg/day");
        // the first row rises one step from 30 mg/day (never a halving to the 15 mg/day
        // start)
        assertThat(page.locator("#preview #steps tbody tr").first().locator("td").nth(2)).containsText("45");
        checkPage("17-new-plan-from-active-dose");
    }

    @Test
    void a_draft_reads_in_the_patients_zone_shows_on_the_worklist_and_can_be_discarded() {
        // issue 14, items 1 and 4
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Patient patient = patients.save(new Patient(null, team.id(), "Draft Owner " + unique, LocalDate.of(1975, 5, 1),
                "male", new BigDecimal("80.00"), new BigDecimal("1.0"), "mg/dL", LocalDate.now().minusDays(5), null,
                false, false, "ms-spasticity", "Europe/London", now, now, null, Set.of(), List.of()));
        BacloPrincipal who = new BacloPrincipal(clinician.user().id(), clinician.username(), "Clinician",
                clinician.user().passwordHash(), Role.CLINICIAN, true, false, null);
        PlanView draft = planWorkflow.create(who, patient.id(),
                new PlanRequest("maintain", null, null, null, null, null, "tablet", null, null, null,
                        LocalDate.now(ZoneId.of("Europe/London")), null, 60, null, new BigDecimal("30"), null));

        login(clinician);
        assertThat(page.locator("#review")).containsText(patient.name());
        assertThat(page.locator("#review")).containsText("1 draft plan waiting");

        open("/patients/" + patient.id());
        assertThat(page.locator("main")).containsText("80 kg");
        assertThat(page.locator("main")).not().containsText("80.00");
        assertThat(page.locator("main")).not().containsText("Pregnant");
        checkPageWide("18-patient-with-draft");

        open("/patients/" + patient.id() + "/plans/" + draft.id());
        assertThat(page.locator("#created-at")).containsText("(Europe/London)");
        assertThat(page.locator("#plan-dates")).not().containsText("Z");
        assertThat(page.locator("#steps tbody tr").first().locator("td").nth(2)).hasText("30");
        assertThat(page.locator("#print-plan")).isVisible();
        checkPageWide("19-draft");

        clickAndWait(page.locator("#discard-plan"));
        assertThat(page.url()).isEqualTo(url("/patients/" + patient.id() + "?discarded"));
        assertThat(page.locator("#discarded")).isVisible();
        assertThat(page.locator("#plans")).containsText("No plans yet.");
        open("/patients/" + patient.id() + "/plans/" + draft.id(), 404);
    }

    @Test
    void a_clinician_outside_the_care_team_gets_not_found_and_is_audited() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Patient patient = patients.save(new Patient(null, team.id(), "Hidden Patient " + unique,
                LocalDate.of(1960, 5, 1), "male", new BigDecimal("80"), new BigDecimal("1.0"), "mg/dL",
                LocalDate.now().minusDays(5), null, false, false, "ms-spasticity", "Europe/London", now, now, null,
                Set.of(), List.of(new PatientMedication("Xanax"))));
        TestUser outsider = createUser(Role.CLINICIAN);
        teams.save(new CareTeam(null, "Other ward " + unique, now, Set.of(new CareTeamMember(outsider.user().id()))));

        login(outsider);
        open("/patients");
        assertThat(page.locator("main")).not().containsText(patient.name());
        assertThat(page.locator("main")).containsText("No patients yet.");

        open("/patients/" + patient.id(), 404);
        assertThat(page.locator("h1")).hasText("Not found");
        assertThat(page.locator("main")).not().containsText(patient.name());
        checkPage("not-found");

        List<AuditEvent> denied = audit
            .search(new AuditFilter(outsider.username(), patient.id(), "PATIENT_READ", null, null, null));
        assertThat(denied).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("DENIED");
            assertThat(e.role()).isEqualTo("CLINICIAN");
            assertThat(e.detail()).isEqualTo("not on the patient's care team");
        });

        // The plan pages of that patient are just as hidden, and every attempt leaves a
        // trace.
        open("/patients/" + patient.id() + "/plans/new", 404);
        assertThat(page.locator("h1")).hasText("Not found");
        assertThat(audit.search(new AuditFilter(outsider.username(), patient.id(), null, null, null, null))).hasSize(2)
            .extracting(AuditEvent::outcome)
            .containsOnly("DENIED");
    }

}
