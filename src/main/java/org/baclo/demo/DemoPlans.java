package org.baclo.demo;

import java.math.BigDecimal;
import java.util.List;
import org.baclo.patient.Patient;
import org.baclo.plan.PlanRequest;
import org.baclo.plan.PlanView;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.AppUser;
import org.baclo.security.BacloPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo plans, made through the same workflow a clinician uses (so they are planned,
 * checked and audited).
 */
@Component
class DemoPlans {

    private final PlanWorkflow plans;

    DemoPlans(PlanWorkflow plans) {
        this.plans = plans;
    }

    void create(List<Patient> patients, AppUser clinician) {
        BacloPrincipal who = new BacloPrincipal(clinician.id(), clinician.username(), clinician.displayName(),
                clinician.passwordHash(), clinician.role(), true, false, null);
        var ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, who.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
        try {
            // Alex: a standard titration to 60 mg/day, active.
            PlanView alex = plans.create(who, patients.get(0).id(), titrate(60));
            plans.activate(who, patients.get(0).id(), alex.id(), null);
            // Margaret: kidneys lower the cap; a draft waiting for review.
            plans.create(who, patients.get(1).id(), titrate(60));
            // Samir: maintained on 30 mg/day, then a routine taper drafted.
            PlanView samir = plans.create(who, patients.get(2).id(), new PlanRequest("maintain", null,
                    BigDecimal.valueOf(30), null, null, null, "tablet", "TID", null, null, null, null, 28, null));
            plans.activate(who, patients.get(2).id(), samir.id(), null);
            plans.create(who, patients.get(2).id(), new PlanRequest("taper", null, null, BigDecimal.valueOf(30), null,
                    "no-benefit", "tablet", null, null, null, null, null, null, null));
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static PlanRequest titrate(int target) {
        return new PlanRequest("titrate", BigDecimal.valueOf(target), null, null, null, null, "tablet", null, null,
                null, null, null, null, null);
    }

}
