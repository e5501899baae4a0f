package org.baclo.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.baclo.security.AppUser;
import org.baclo.security.AuditEvent;
import org.baclo.security.AuditFilter;
import org.baclo.security.AuditService;
import org.baclo.security.CareTeam;
import org.baclo.security.CareTeamRepository;
import org.baclo.security.Role;
import org.baclo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator's pages and the account page in a real browser: add a user (a wrong
 * one first), make a care team and put the new clinician on it, browse the audit log, try
 * to open a patient record (refused), create and revoke an API token, fail to change the
 * password. Every page is screenshot and checked with axe-core. Runs on H2
 * ({@link AdminPagesBrowserH2IT}) and on PostgreSQL
 * ({@link AdminPagesBrowserPostgresIT}).
 */
abstract class AdminPagesBrowserFlow extends BrowserTestBase {

    @Autowired
    CareTeamRepository teams;

    @Autowired
    AuditService audit;

    @Autowired
    org.baclo.patient.PatientRepository patients;

    private org.baclo.patient.Patient patient(long team, String name) {
        java.time.Instant now = java.time.Instant.now();
        return patients.save(new org.baclo.patient.Patient(null, team, name, java.time.LocalDate.of(1970, 5, 4),
                "female", new java.math.BigDecimal("70"), null, null, null, new java.math.BigDecimal("90"), false,
                false, "ms-spasticity", "Europe/London", now, now, null, java.util.Set.of(), List.of()));
    }

    private Locator teamCard(String name) {
        return page.locator(".card.team[data-team='" + name + "']");
    }

    /**
     * Issue 14, item 6: reset a password (shown once; the user must change it at the next
     * login), link a patient account by searching the patient's name, and move a patient
     * to another team — at 1280 and 390 px.
     */
    @Test
    void administrator_resets_a_password_links_a_patient_account_and_moves_a_patient() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        CareTeam north = teams.save(new CareTeam(null, "North " + unique, java.time.Instant.now(), null));
        CareTeam south = teams.save(new CareTeam(null, "South " + unique, java.time.Instant.now(), null));
        String patientName = "Ada Quill " + unique;
        long patientId = patient(north.id(), patientName).id();
        TestUser nurse = createUser(Role.CLINICIAN);
        TestUser patientAccount = createUser(Role.PATIENT);
        TestUser admin = createUser(Role.ADMIN);
        login(admin);

        // reset: the one-time password is on this page only
        Locator nurseRow = page.locator("#users tr[data-user='" + nurse.username() + "']");
        clickAndWait(nurseRow.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Reset password of " + nurse.username())));
        assertThat(page.locator("#reset-password")).containsText(nurse.username());
        String oneTime = page.locator("#reset-password code").textContent().strip();
        assertThat(oneTime).hasSizeGreaterThan(20);
        assertThat(nurseRow.locator(".user-status")).hasText("Active (must change password)");
        checkPageWide("10-password-reset");
        open("/admin/users");
        assertThat(page.locator("#reset-password")).hasCount(0);

        // link: find the record by a part of the name, pick the account
        page.locator("#patientSearch").fill("quill " + unique);
        clickAndWait(button("Find patient"));
        Locator match = page.locator("#patient-matches tr[data-patient='" + patientName + "']");
        assertThat(match).hasCount(1);
        match.locator("select").selectOption(String.valueOf(patientAccount.user().id()));
        clickAndWait(match.getByRole(AriaRole.BUTTON));
        assertThat(page.locator("#admin-message")).containsText("Linked " + patientAccount.username());
        assertThat(page.locator("#users tr[data-user='" + patientAccount.username() + "'] .user-patient"))
            .containsText(patientName);
        assertThat(users.findById(patientAccount.user().id()).orElseThrow().patientId()).isEqualTo(patientId);
        checkPageWide("11-patient-linked");

        // teams: each team lists its patients; move the patient south
        open("/admin/teams");
        assertThat(teamCard(north.name()).locator(".team-patients")).containsText(patientName);
        page.locator("#patientSearch").fill(patientName);
        clickAndWait(button("Find patient"));
        Locator row = page.locator("#patient-matches tr[data-patient='" + patientName + "']");
        row.locator("select").selectOption(String.valueOf(south.id()));
        clickAndWait(row.getByRole(AriaRole.BUTTON));
        assertThat(page.locator("#admin-message")).hasText(patientName + " is now on the team " + south.name() + ".");
        assertThat(teamCard(south.name()).locator(".team-patients")).containsText(patientName);
        assertThat(teamCard(north.name())).not().containsText(patientName);
        assertThat(patients.findById(patientId).orElseThrow().careTeamId()).isEqualTo(south.id());
        checkPageWide("12-teams-with-patients");

        // the nurse logs in with the one-time password and must choose a new one
        context.clearCookies();
        login(nurse.username(), oneTime);
        assertThat(page.url()).isEqualTo(url("/account/password"));
        assertThat(page.locator("#must-change")).isVisible();
        open("/patients");
        assertThat(page.url()).isEqualTo(url("/account/password"));
        checkPageWide("13-must-change-password");
        page.locator("#currentPassword").fill(oneTime);
        page.locator("#newPassword").fill("the nurse's own password " + unique);
        clickAndWait(button("Change password"));
        assertThat(page.url()).isEqualTo(url("/worklist"));
        assertThat(users.findById(nurse.user().id()).orElseThrow().mustChangePassword()).isFalse();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator navLink(String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private void clickAndWait(Locator target) {
        Navigation.clickAndWait(page, target);
    }

    private Locator messageBeside(String fieldId) {
        return page.locator("#" + fieldId + " ~ .invalid-feedback");
    }

    @Test
    void administrator_manages_users_and_teams_and_reads_the_audit_log() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestUser admin = createUser(Role.ADMIN);
        login(admin);
        // An administrator starts on the users (issue 14).
        assertThat(page.url()).isEqualTo(url("/admin/users"));
        assertThat(navLink("Patients")).hasCount(0);

        clickAndWait(navLink("Users"));
        assertThat(page.url()).isEqualTo(url("/admin/users"));
        assertThat(page.locator("tbody")).containsText(admin.username());
        checkPage("01-users");

        // A patient account without a patient record is refused; what was typed is kept.
        page.locator("#username").fill("pat-" + unique);
        page.locator("#displayName").fill("Pat " + unique);
        page.locator("#role").selectOption("PATIENT");
        clickAndWait(button("Add user"));
        assertThat(page.locator("#patientId")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(messageBeside("patientId")).hasText("A patient account must be linked to a patient record.");
        assertThat(page.locator("#username")).hasValue("pat-" + unique);
        assertThat(page.locator("#displayName")).hasValue("Pat " + unique);
        assertThat(page.locator("#role")).hasValue("PATIENT");
        checkPage("02-users-invalid");

        page.locator("#role").selectOption("CLINICIAN");

        String nurse = "nurse-" + unique;
        page.locator("#username").fill(nurse);
        page.locator("#displayName").fill("Nurse " + unique);
        page.locator("#role").selectOption("CLINICIAN");
        clickAndWait(button("Add user"));
        assertThat(page.locator("#admin-message")).containsText("Created " + nurse + ". One-time password: ");
        assertThat(page.locator(".is-invalid")).hasCount(0);
        AppUser created = users.findByUsernameIgnoreCase(nurse).orElseThrow();
        assertThat(created.role()).isEqualTo(Role.CLINICIAN);
        // Status in words; no way to disable one's own account (issue 14, item 6).
        Locator own = page.locator("#users tr[data-user='" + admin.username() + "']");
        assertThat(own.locator(".user-status")).hasText("Active");
        assertThat(own).containsText("You");
        assertThat(own.locator("button")).hasCount(0);
        Locator nurseRow = page.locator("#users tr[data-user='" + nurse + "']");
        // a generated password is one-time: changed at the first login
        assertThat(nurseRow.locator(".user-status")).hasText("Active (must change password)");
        checkPageWide("03-user-created");
        clickAndWait(nurseRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable " + nurse)));
        assertThat(nurseRow.locator(".user-status")).hasText("Disabled");
        assertThat(page.locator("#admin-message")).hasText("Disabled " + nurse + ".");
        clickAndWait(nurseRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enable " + nurse)));
        assertThat(nurseRow.locator(".user-status")).hasText("Active (must change password)");

        // A new team, then the new clinician on it.
        clickAndWait(navLink("Care teams"));
        assertThat(page.url()).isEqualTo(url("/admin/teams"));
        checkPage("04-teams");
        String teamName = "Spasticity clinic " + unique;
        page.locator("#teamName").fill(teamName);
        clickAndWait(button("Create"));
        Locator card = page.locator(".card", new Page.LocatorOptions()
            .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(teamName))));
        assertThat(card).hasCount(1);
        card.getByLabel("Nurse " + unique).check();
        clickAndWait(card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save members")));
        CareTeam team = teams.findByNameIgnoreCase(teamName).orElseThrow();
        assertThat(team.hasMember(created.id())).isTrue();
        assertThat(teams.findTeamIdsOfUser(created.id())).containsExactly(team.id());
        assertThat(page
            .locator(".card",
                    new Page.LocatorOptions()
                        .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(teamName))))
            .getByLabel("Nurse " + unique)).isChecked();
        checkPage("05-team-with-member");

        // A duplicate team name: the message beside the name field.
        page.locator("#teamName").fill(teamName);
        clickAndWait(button("Create"));
        assertThat(messageBeside("teamName")).containsText("exists already");
        checkPage("06-team-duplicate");

        // An administrator cannot open patient records: 403, audited.
        open("/patients/1", 403);
        assertThat(page.locator("h1")).isVisible();
        checkPage("07-patient-forbidden");

        clickAndWait(navLink("Audit log"));
        checkPage("08-audit");
        page.locator("#f-user").fill(admin.username());
        page.locator("#f-action").fill("USER_CREATE");
        clickAndWait(button("Filter"));
        assertThat(page.url()).contains("username=" + admin.username());
        Locator rows = page.locator("tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows).containsText("user " + nurse + " role CLINICIAN");
        assertThat(page.locator("#f-user")).hasValue(admin.username());
        // issue 14: the time in words (local-times.js rewrote the UTC text), the user's
        // name beside the username,
        // and the same filter as CSV.
        assertThat(rows.locator("time.local-time")).not().hasText(Pattern.compile("\\d{4}-\\d\\d-\\d\\dT"));
        assertThat(rows.locator("time.local-time")).hasAttribute("datetime", Pattern.compile("^\\d{4}-.*Z$"));
        assertThat(rows).containsText(admin.user().displayName());
        assertThat(page.locator("#audit-csv")).hasAttribute("href",
                Pattern.compile("audit\\.csv\\?.*action=USER_CREATE"));
        com.microsoft.playwright.APIResponse csv = page.request()
            .get(page.locator("#audit-csv").getAttribute("href").startsWith("http")
                    ? page.locator("#audit-csv").getAttribute("href")
                    : url(page.locator("#audit-csv").getAttribute("href")));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith("occurred_at_utc,username,role,action,patient_id,outcome,detail")
            .contains("user " + nurse + " role CLINICIAN");
        checkPageWide("09-audit-filtered");

        List<AuditEvent> denied = audit.search(new AuditFilter(admin.username(), 1L, "PATIENT_READ", null, null, null));
        assertThat(denied).singleElement().extracting(AuditEvent::outcome).isEqualTo("DENIED");
    }

    @Test
    void account_page_tokens_and_password() {
        for (Role role : List.of(Role.ADMIN, Role.CLINICIAN)) {
            context.clearCookies();
            TestUser user = createUser(role);
            login(user);
            open("/account");
            assertThat(page.locator("main")).containsText("Signed in as " + user.username());
            checkPage("account-" + role);

            page.locator("#tokenName").fill("laptop");
            clickAndWait(button("Create token"));
            assertThat(page.locator("#new-token code")).hasText(Pattern.compile("\\S{20,}"));
            assertThat(page.locator("tbody tr")).hasCount(1);
            checkPage("account-token-" + role);

            clickAndWait(button("Revoke"));
            assertThat(page.locator("tbody tr")).containsText("revoked");
            assertThat(page.locator("#new-token")).hasCount(0);

            // An empty token name and a wrong current password: each message beside its
            // field.
            clickAndWait(button("Create token"));
            assertThat(messageBeside("tokenName")).hasText("Name the token (1 to 100 characters).");
            page.locator("#currentPassword").fill("not-" + user.password());
            page.locator("#newPassword").fill("a-new-long-password");
            clickAndWait(button("Change password"));
            assertThat(messageBeside("currentPassword")).hasText("The current password is not right.");
            checkPage("account-errors-" + role);
        }
    }

}
