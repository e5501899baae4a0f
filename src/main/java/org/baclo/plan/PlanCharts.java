package org.baclo.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.pk.Covariates;
import org.baclo.pk.DoseEvent;
import org.baclo.report.ConcentrationChart;
import org.baclo.report.PlanDocument;
import org.baclo.units.Kilograms;
import org.baclo.units.Milligrams;
import org.baclo.units.MlPerMin;
import org.baclo.pk.DoseHistory;
import org.baclo.pk.ParameterSetModel;
import org.baclo.pk.Simulation;
import org.baclo.pk.Simulator;
import org.baclo.pk.TimeGrid;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.RenalAssessment;
import org.baclo.safety.CheckedPlan;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The concentration curve of a plan, from the simulator with the default adult model and the patient's weight and
 * kidney function, as the JSON the page's chart script reads ({@code hours}, {@code ngPerMl}, labels).
 */
@Component
public class PlanCharts {
    private static final Duration STEP = Duration.ofMinutes(30);
    private final Knowledge knowledge;
    private final JsonMapper json;

    PlanCharts(Knowledge knowledge, JsonMapper json) {
        this.knowledge = knowledge;
        this.json = json;
    }

    /** The chart data, or null when the plan cannot be simulated (e.g. covariates outside the model). */
    public String json(CheckedPlan plan) {
        try {
            Simulation sim = simulate(plan);
            double[] c = sim.concentrationsNgPerMl();
            TimeGrid grid = sim.grid();
            List<Double> hours = new ArrayList<>(c.length);
            List<Double> values = new ArrayList<>(c.length);
            for (int i = 0; i < c.length; i++) {
                hours.add(Math.round(grid.timeH(i) * 100) / 100.0);
                values.add(Math.round(c[i] * 100) / 100.0);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("xLabel", "Time from the first day of the plan (h)");
            m.put("yLabel", "Plasma concentration (ng/mL)");
            m.put("hours", hours);
            m.put("ngPerMl", values);
            m.put("model", knowledge.pk().defaultSet().name());
            return json.writeValueAsString(m);
        } catch (IllegalArgumentException e) { // includes PkInputException: covariates outside the model
            return null;
        }
    }

    /**
     * The concentration chart of a stored plan (its document) as SVG, for reports: the typical curve of the default
     * adult model with the patient's weight and the plan's CrCl. Empty when the plan cannot be simulated.
     */
    public Optional<String> svg(PlanDocument doc, Optional<Kilograms> weight, String title) {
        try {
            java.time.ZoneId zone = java.time.ZoneId.of(doc.timeZone());
            List<DoseEvent> events = new ArrayList<>();
            for (PlanDocument.StepDoc s : doc.steps()) {
                java.time.LocalDate last = java.time.LocalDate.parse(s.endDate());
                for (var day = java.time.LocalDate.parse(s.startDate()); !day.isAfter(last); day = day.plusDays(1)) {
                    for (PlanDocument.DoseDoc d : s.doses()) {
                        events.add(DoseEvent.taken(java.time.ZonedDateTime.of(day, java.time.LocalTime.parse(d.time()),
                                zone).toInstant(), new Milligrams(d.mg())));
                    }
                }
            }
            java.time.LocalDate first = java.time.LocalDate.parse(doc.steps().get(0).startDate());
            java.time.LocalDate end = java.time.LocalDate.parse(doc.steps().get(doc.steps().size() - 1).endDate());
            long days = java.time.temporal.ChronoUnit.DAYS.between(first, end) + 1;
            DoseHistory doses = new DoseHistory(first.atStartOfDay(zone).toInstant(), events);
            Optional<MlPerMin> crcl = Optional.ofNullable(doc.crclMlPerMin()).map(MlPerMin::new);
            Covariates cov = new Covariates(weight, crcl);
            ParameterSetModel model = ParameterSetModel.of(knowledge.pk().defaultSet());
            Simulation sim = Simulator.simulate(model.typical(cov), doses, TimeGrid.of(STEP, Duration.ofDays(days)));
            return Optional.of(ConcentrationChart.svg(new ConcentrationChart.Spec(title, "Typical curve, "
                    + knowledge.pk().defaultSet().name() + ", from " + first, sim, Optional.empty(), "Typical",
                    null)));
        } catch (RuntimeException e) { // covariates outside the model, or a plan without steps
            return Optional.empty();
        }
    }

    Simulation simulate(CheckedPlan plan) {
        DoseHistory doses = RegimenDoses.of(plan.regimen());
        var last = plan.regimen().lastStep().endDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(plan.regimen().steps().get(0).startDate(), last) + 1;
        TimeGrid grid = TimeGrid.of(STEP, Duration.ofDays(days));
        ParameterSetModel model = ParameterSetModel.of(knowledge.pk().defaultSet());
        Covariates cov = plan.context().map(c -> covariates(c, plan.renal())).orElse(Covariates.REFERENCE);
        return Simulator.simulate(model.typical(cov), doses, grid);
    }

    private static Covariates covariates(PatientContext c, Optional<RenalAssessment> renal) {
        return renal.map(r -> Covariates.of(c.weight(), r.crcl().value()))
                .orElse(new Covariates(Optional.of(c.weight()), Optional.empty()));
    }
}
