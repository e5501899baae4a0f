package org.baclo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baclo.diary.AlertStore;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Follow-up in a real browser (issue 11): a patient records a day of doses and scores on
 * the phone-width Today page; after a simulated 48-hour gap (the alerts evaluated 50
 * hours later) the clinician's dashboard shows the CRITICAL withdrawal-risk alert first,
 * the patient's timeline marks it, and the clinician resolves it with a note. Every new
 * page is checked with axe-core and for CSP violations. Runs on H2
 * ({@link FollowUpBrowserH2IT}) and on PostgreSQL ({@link FollowUpBrowserPostgresIT}).
 */
abstract class FollowUpBrowserFlow extends BrowserTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    CareTeamRepository teams;

    @Autowired
    PatientRepository patients;

    @Autowired
    PlanWorkflow plans;

    @Autowired
    AlertStore alerts;

    @Autowired
    JdbcTemplate jdbc;

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

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void a_patient_records_a_day_and_after_a_48_hour_gap_the_clinician_sees_the_critical_alert_first() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestUser clinician = createUser(Role.CLINICIAN);
        CareTeam team = teams.save(new CareTeam(null, "Follow-up " + unique,
                Instant.now().truncatedTo(ChronoUnit.MICROS), Set.of(new CareTeamMember(clinician.user().id()))));
        Patient zoe = patient(team.id(), "Zoe Gap " + unique);
        Patient amy = patient(team.id(), "Amy Quiet " + unique);
        TestUser patientUser = createUser("pat-" + unique, "pw-" + UUID.randomUUID(), Role.PATIENT);
        users.save(patientUser.user().withPatientId(zoe.id()));
        BacloPrincipal doctor = principal(clinician.user());
        long draft = plans
            .create(doctor, zoe.id(),
                    new PlanRequest("titrate", new BigDecimal("30"), null, null, null, null, "tablet", null, null, null,
                            LocalDate.now(LONDON), null, null, null))
            .id();
        plans.activate(doctor, zoe.id(), draft, "Accepted for the browser test.");
        // Amy has a milder open alert (and comes first by name): the dashboard must still
        // put Zoe's CRITICAL first
        jdbc.update("insert into follow_up_alert (patient_id, code, severity, since, message, patient_message,"
                + " source, status, open_key, opened_at, updated_at) values (?, 'MISSED_DOSES', 'CAUTION',"
                + " current_timestamp, 'Adherence 60%.', 'Take your doses.', 'BACLO-A', 'OPEN', ?,"
                + " current_timestamp, current_timestamp)", amy.id(), amy.id() + ":MISSED_DOSES");

        // The patient's day, on a phone-width screen
        page.setViewportSize(390, 844);
        login(patientUser);
        open("/today");
        assertThat(page.locator("h1")).hasText("Today");
        // Plain words (issue 14, item 3): the missed-dose advice of BACLOFEN.md §3 and
        // when to get help, no formula.
        assertThat(page.locator("#missed-dose")).containsText("Never take a double dose.");
        assertThat(page.locator("#warning-signs")).containsText("Get medical help right away");
        assertThat(page.locator("main")).not().containsText("Cockcroft");
        // The clinician's record is not the patient's view: it leads back to Today.
        open("/patients/" + zoe.id());
        assertThat(page).hasURL(url("/today"));
        Locator due = page.locator(".due-dose");
        int doses = due.count();
        assertThat(doses).as("doses due today").isGreaterThanOrEqualTo(2);
        assertThat(due.first()).containsText("tablet");
        checkPageWide("01-today");
        LocalTime earlier = LocalTime.now(LONDON).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        if (earlier.isBefore(LocalTime.now(LONDON))) {
            due.first().locator("input[name=time]").fill(earlier.toString());
        }
        Navigation.clickAndWait(page,
                due.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Taken")));
        assertThat(page.locator("#message")).containsText("dose taken");
        for (int i = 1; i < doses - 1; i++) {
            Navigation.clickAndWait(page,
                    page.locator(".due-dose")
                        .nth(i)
                        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Taken")));
        }
        Locator last = page.locator(".due-dose").nth(doses - 1);
        last.locator("input[name=reason]").fill("Felt drowsy");
        Navigation.clickAndWait(page,
                last.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skipped")));
        assertThat(page.locator(".due-dose .recorded")).hasCount(doses);
        assertThat(page.locator(".due-dose").nth(doses - 1)).containsText("skipped (Felt drowsy)");
        page.getByLabel("Stiffness and spasms (spasticity)").selectOption("6");
        page.getByLabel("Pain", new Page.GetByLabelOptions().setExact(true)).selectOption("3");
        page.getByLabel("Sleep disturbed by spasms").selectOption("2");
        Navigation.clickAndWait(page, button("Save"));
        assertThat(page.locator("#message")).containsText("3 score(s)");
        assertThat(page.locator("#scores-today")).containsText("spasticity 6/10");
        checkPage("02-today-recorded");
        Integer stored = jdbc.queryForObject("select count(*) from diary_entry where patient_id = ?", Integer.class,
                zoe.id());
        assertThat(stored).isEqualTo(doses + 3);

        // 48 hours pass without a dose: the alerts are evaluated 50 hours after the last
        // dose
        Instant lastDose = jdbc
            .queryForObject("select max(taken_at) from diary_entry where patient_id = ? and" + " dose_status = 'TAKEN'",
                    java.time.OffsetDateTime.class, zoe.id())
            .toInstant();
        alerts.reevaluate(zoe.id(), lastDose.plus(Duration.ofHours(50)));

        // The clinician's dashboard and the patient's timeline
        context.clearCookies();
        page.setViewportSize(1280, 900);
        login(clinician);
        open("/followup");
        Locator rows = page.locator("#dashboard tbody tr");
        assertThat(rows.first()).containsText(zoe.name());
        assertThat(rows.first()).containsText("CRITICAL");
        assertThat(rows.first()).containsText("WITHDRAWAL_RISK");
        assertThat(rows.nth(1)).containsText(amy.name());
        checkPage("03-dashboard");
        Navigation.clickAndWait(page, rows.first().getByRole(AriaRole.LINK));
        assertThat(page.locator("#timeline svg")).isVisible();
        assertThat(page.locator("#timeline svg .alert-marker[data-code=WITHDRAWAL_RISK][data-severity=CRITICAL]"))
            .hasCount(1);
        assertThat(page.locator("#timeline svg rect.taken")).not().hasCount(0);
        assertThat(page.locator(".open-alert[data-code=WITHDRAWAL_RISK]")).containsText("get medical help now");
        checkPage("04-timeline");
        Locator alert = page.locator(".open-alert[data-code=WITHDRAWAL_RISK]");
        alert.getByLabel("What was done (required)").fill("Phoned the patient: doses taken, diary not kept.");
        Navigation.clickAndWait(page,
                alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resolve")));
        assertThat(page.locator("[role=status]")).containsText("Alert resolved");
        assertThat(page.locator(".open-alert[data-code=WITHDRAWAL_RISK]")).hasCount(0);
        checkPage("05-resolved");
    }

}
