package org.baclo.regimen;

/**
 * One planning request, whatever the kind: what the CLI commands and the web plan builder
 * hand to the core's one planning service ({@code PlanService.plan}).
 */
public sealed interface PlanningRequest permits TitrationRequest, TaperRequest, MaintainRequest {

    PatientContext context();

    PlanOptions options();

}
