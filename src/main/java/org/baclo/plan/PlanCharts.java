package org.baclo.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.Regimen;
import org.baclo.report.RegimenDoses;
import org.baclo.regimen.RegimenDraft;
import org.baclo.report.PlanDocument;
import org.baclo.report.RegimenDoses;
import org.baclo.regimen.RenalAssessment;
import org.baclo.safety.CheckedPlan;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The concentration curve of a plan, from the simulator with the default adult model and
 * the patient's weight and kidney function, as the JSON the page's chart script reads
 * ({@code hours}, {@code ngPerMl}, labels).
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

    /**
     * The chart data, or null when the plan cannot be simulated (e.g. covariates outside
     * the model).
     */
    public String json(CheckedPlan plan) {
        return json(plan.regimen(), plan.context(), plan.renal());
    }

    /**
     * The chart of a saved plan (issue 9: the saved plan shows its chart too): its
     * document read back through the core's {@link RegimenDraft}, simulated for the
     * patient as they are now; null when it cannot be simulated.
     */
    public String json(PlanDocument doc, Optional<PatientContext> context) {
        try {
            List<RegimenDraft.StepDraft> steps = doc.steps()
                .stream()
                .map(s -> new RegimenDraft.StepDraft(s.startDate(), s.endDate(), s.dailyMg(),
                        s.doses().stream().map(d -> new RegimenDraft.DoseDraft(d.time(), d.mg(), null, null)).toList()))
                .toList();
            Regimen r = new RegimenDraft(doc.kind(), doc.product(), doc.frequency(), doc.timeZone(), doc.fromMgDay(),
                    doc.targetMgDay(), doc.reason(), doc.override(), steps)
                .toRegimen(knowledge, context.map(PatientContext::zone).orElse(java.time.ZoneOffset.UTC));
            return json(r, context, context.flatMap(c -> RenalAssessment.assess(knowledge, c)));
        }
        catch (InvalidRequestException e) {
            return null;
        }
    }

    /** The builder page's chart data (the page's script reads these names). */
    public record ChartData(String xLabel, String startDate, String yLabel, List<Double> hours, List<Double> ngPerMl,
            String model) {
    }

    /**
     * A curve on a regular grid: {@code ngPerMl[i]} (rounded to 0.01 ng/mL) is the plasma
     * concentration {@code i * stepHours} hours after midnight of {@code startDate} in
     * the plan's zone; {@code model} names the parameter set.
     */
    public record Curve(String model, String startDate, double stepHours, double[] ngPerMl) {
    }

    /**
     * The curve of a checked plan as numbers only (the API's preview answer carries it),
     * or empty when the plan cannot be simulated.
     */
    public Optional<Curve> curve(CheckedPlan plan) {
        return curve(plan.regimen(), plan.context(), plan.renal());
    }

    private Optional<Curve> curve(Regimen regimen, Optional<PatientContext> context, Optional<RenalAssessment> renal) {
        try {
            Simulation sim = simulate(regimen, context, renal);
            double[] c = sim.concentrationsNgPerMl();
            double[] rounded = new double[c.length];
            for (int i = 0; i < c.length; i++) {
                rounded[i] = Math.round(c[i] * 100) / 100.0;
            }
            return Optional.of(new Curve(knowledge.pk().defaultSet().name(),
                    regimen.steps().get(0).startDate().toString(), STEP.toMinutes() / 60.0, rounded));
        }
        catch (IllegalArgumentException e) { // includes PkInputException: covariates
                                             // outside the model
            return Optional.empty();
        }
    }

    private String json(Regimen regimen, Optional<PatientContext> context, Optional<RenalAssessment> renal) {
        return curve(regimen, context, renal).map(PlanCharts::chartData).map(json::writeValueAsString).orElse(null);
    }

    /** The page chart's data: the curve with the hour of every point and the labels. */
    private static ChartData chartData(Curve c) {
        List<Double> hours = new ArrayList<>(c.ngPerMl().length);
        List<Double> values = new ArrayList<>(c.ngPerMl().length);
        for (int i = 0; i < c.ngPerMl().length; i++) {
            hours.add(Math.round(i * c.stepHours() * 100) / 100.0);
            values.add(c.ngPerMl()[i]);
        }
        return new ChartData("Date (midnight ticks, the plan's time zone)", c.startDate(),
                "Plasma concentration (ng/mL)", hours, values, c.model());
    }

    /**
     * The concentration chart of a stored plan (its document) as SVG, for reports: the
     * typical curve of the default adult model with the patient's weight and the plan's
     * CrCl. Empty when the plan cannot be simulated.
     */
    public Optional<String> svg(PlanDocument doc, Optional<Kilograms> weight, String title) {
        try {
            java.time.ZoneId zone = java.time.ZoneId.of(doc.timeZone());
            List<DoseEvent> events = new ArrayList<>();
            for (PlanDocument.StepDoc s : doc.steps()) {
                java.time.LocalDate last = java.time.LocalDate.parse(s.endDate());
                for (var day = java.time.LocalDate.parse(s.startDate()); !day.isAfter(last); day = day.plusDays(1)) {
                    for (PlanDocument.DoseDoc d : s.doses()) {
                        events.add(DoseEvent.taken(
                                java.time.ZonedDateTime.of(day, java.time.LocalTime.parse(d.time()), zone).toInstant(),
                                new Milligrams(d.mg())));
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
            return Optional.of(ConcentrationChart.svg(new ConcentrationChart.Spec(title,
                    "Typical curve, " + knowledge.pk().defaultSet().name() + ", from " + first, sim, Optional.empty(),
                    "Typical", null)));
        }
        catch (RuntimeException e) { // covariates outside the model, or a plan without
                                     // steps
            return Optional.empty();
        }
    }

    Simulation simulate(CheckedPlan plan) {
        return simulate(plan.regimen(), plan.context(), plan.renal());
    }

    private Simulation simulate(Regimen regimen, Optional<PatientContext> context, Optional<RenalAssessment> renal) {
        DoseHistory doses = RegimenDoses.of(regimen);
        var last = regimen.lastStep().endDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(regimen.steps().get(0).startDate(), last) + 1;
        TimeGrid grid = TimeGrid.of(STEP, Duration.ofDays(days));
        ParameterSetModel model = ParameterSetModel.of(knowledge.pk().defaultSet());
        Covariates cov = context.map(c -> covariates(c, renal)).orElse(Covariates.REFERENCE);
        return Simulator.simulate(model.typical(cov), doses, grid);
    }

    private static Covariates covariates(PatientContext c, Optional<RenalAssessment> renal) {
        return renal.map(r -> Covariates.of(c.weight(), r.crcl().value()))
            .orElse(new Covariates(Optional.of(c.weight()), Optional.empty()));
    }

}
