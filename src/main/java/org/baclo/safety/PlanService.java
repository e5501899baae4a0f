package org.baclo.safety;

import java.time.Clock;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.Dispense;
import org.baclo.regimen.MaintainPlanner;
import org.baclo.regimen.MaintainRequest;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.PlanningRequest;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.RenalAssessment;
import org.baclo.regimen.TaperPlanner;
import org.baclo.regimen.TaperRequest;
import org.baclo.regimen.TitrationPlanner;
import org.baclo.regimen.TitrationRequest;

/**
 * Plan and check in one call: the service the CLI and the web application share, so that
 * both show the same plan for the same input. Immutable and thread-safe.
 */
public final class PlanService {

    private final Knowledge knowledge;

    private final TitrationPlanner titration;

    private final TaperPlanner taper;

    private final MaintainPlanner maintain;

    private final SafetyEngine engine;

    public PlanService(Knowledge knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.titration = new TitrationPlanner(knowledge, clock);
        this.taper = new TaperPlanner(knowledge, clock);
        this.maintain = new MaintainPlanner(knowledge, clock);
        this.engine = new SafetyEngine(knowledge);
    }

    /**
     * Plans and checks any request: the one entry point the CLI and the web use.
     * @throws org.baclo.regimen.InvalidRequestException when the request cannot be
     * planned
     */
    public CheckedPlan plan(PlanningRequest request) {
        if (request instanceof TitrationRequest t) {
            return titrate(t);
        }
        if (request instanceof TaperRequest t) {
            return taper(t);
        }
        return maintain((MaintainRequest) request);
    }

    /**
     * @throws org.baclo.regimen.InvalidRequestException when the request cannot be
     * planned
     */
    public CheckedPlan titrate(TitrationRequest request) {
        return check(titration.plan(request), Optional.of(request.context()));
    }

    /**
     * @throws org.baclo.regimen.InvalidRequestException when the request cannot be
     * planned
     */
    public CheckedPlan taper(TaperRequest request) {
        return check(taper.plan(request), Optional.of(request.context()));
    }

    /**
     * @throws org.baclo.regimen.InvalidRequestException when the request cannot be
     * planned
     */
    public CheckedPlan maintain(MaintainRequest request) {
        return check(maintain.plan(request), Optional.of(request.context()));
    }

    /**
     * Checks any regimen; without a context only the regimen itself is checked (and a
     * finding says so).
     */
    public CheckedPlan check(Regimen regimen, Optional<PatientContext> context) {
        Optional<RenalAssessment> renal = context.flatMap(c -> RenalAssessment.assess(knowledge, c));
        return new CheckedPlan(regimen, context, renal, Dispense.of(regimen), engine.check(regimen, context));
    }

}
