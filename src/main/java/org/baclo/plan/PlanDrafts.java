package org.baclo.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Severity;
import org.baclo.regimen.PatientContext;
import org.baclo.report.PlanDocument;
import org.baclo.safety.CheckedPlan;
import org.baclo.safety.Finding;
import org.baclo.safety.PlanService;
import org.baclo.units.Milligrams;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans made by the same planner and checks as {@link PlanWorkflow}, without access
 * checks, audit or saving: for the data generator, which writes many plans in batches.
 * Thread-safe.
 */
public final class PlanDrafts {

    private final Knowledge knowledge;

    private final PlanBuilder builder;

    private final JsonMapper json;

    public PlanDrafts(Knowledge knowledge, Clock clock, JsonMapper json) {
        this.knowledge = knowledge;
        this.builder = new PlanBuilder(knowledge, new PlanService(knowledge, clock));
        this.json = json;
    }

    /**
     * A planned and checked plan with the JSON documents a saved plan row holds.
     *
     * @param maxSeverity the most severe finding, null without findings
     */
    public record Drafted(CheckedPlan checked, PlanDocument document, String kind, LocalDate effectiveFrom,
            Severity maxSeverity, String requestJson, String planJson) {
    }

    /**
     * Plans {@code request} for {@code context}; {@code activeMgDay} is the dose the
     * patient's active plan gives on the new plan's first day.
     * @throws org.baclo.regimen.InvalidRequestException when the planner refuses the
     * request
     */
    public Drafted draft(PatientContext context, PlanRequest request, Optional<BigDecimal> activeMgDay) {
        CheckedPlan checked = builder.build(request, context, activeMgDay.map(Milligrams::new));
        PlanDocument doc = PlanDocument.of(checked, knowledge);
        Severity max = checked.findings().stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(null);
        return new Drafted(checked, doc, checked.regimen().kind().id(), checked.regimen().steps().get(0).startDate(),
                max, json.writeValueAsString(request), json.writeValueAsString(doc));
    }

    /**
     * The daily dose of {@code plan} on {@code day}, as
     * {@link PlanWorkflow#activeDoseOn}.
     */
    public static Optional<BigDecimal> doseOn(PlanDocument plan, LocalDate day) {
        return PlanWorkflow.doseOn(plan, day);
    }

}
