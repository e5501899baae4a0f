package org.baclo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.baclo.security.AppUser;
import org.baclo.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Issue 14, item 8: {@code serve --demo} refuses a data folder that holds a real clinic,
 * with a plain message.
 */
class DemoRefusalTest {

    private static AppUser user(String name, Role role) {
        return AppUser.create(name, name, "x", role, null, Instant.EPOCH);
    }

    @Test
    void administrators_and_demo_accounts_are_not_a_real_clinic() {
        assertThat(DemoData.realUsers(List.of(user("admin", Role.ADMIN), user("demo-clinician", Role.CLINICIAN),
                user("demo-patient", Role.PATIENT))))
            .isEmpty();
    }

    @Test
    void a_clinician_or_patient_account_of_its_own_is_a_real_clinic() {
        assertThat(DemoData
            .realUsers(List.of(user("admin", Role.ADMIN), user("dr-jones", Role.CLINICIAN), user("ann", Role.PATIENT))))
            .containsExactly("dr-jones", "ann");
    }

    @Test
    void the_refusal_says_what_to_do_without_a_stack_trace() {
        DemoData.DemoRefusedException e = new DemoData.DemoRefusedException(2);
        FailureAnalysis a = new DemoRefusedAnalyzer().analyze(new IllegalStateException("runner failed", e), e);
        assertThat(a.getDescription()).contains("already holds 2 clinician or patient account(s)");
        assertThat(a.getAction()).contains("--baclo.demo.allow-existing-data=true");
    }

}
