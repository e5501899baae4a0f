package org.baclo.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.PkParameterSet;
import org.baclo.pk.CovariateDistribution;
import org.baclo.pk.DailyExposure;
import org.baclo.pk.DailyPercentiles;
import org.baclo.pk.ExposureComparison;
import org.baclo.pk.PercentileSummary;
import org.baclo.pk.PkParameters;
import org.baclo.pk.PopulationResult;
import org.baclo.pk.SimulationOutcome;
import org.baclo.pk.SingleDoseMetrics;
import org.baclo.pk.SingleDosePercentiles;

/**
 * The JSON form of a simulation, written by {@code baclo simulate --format json} and
 * {@code GET /api/v1/tools/simulation} (a contract: field names are kept; fields may be
 * added). Numbers are rounded to six significant digits. Single dose:
 * {@code cmaxNgPerMl}, {@code tmaxH}, {@code aucNgHPerMl} (to infinity) and
 * {@code halfLifeH} at the top level, for the typical patient; a regimen has its own
 * fields instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulationDocument(String mode, SetDoc parameterSet, PatientDoc patient, ParametersDoc parameters,
        BigDecimal doseMg, Double cmaxNgPerMl, Double tmaxH, Double aucNgHPerMl, Double halfLifeH,
        Double aucRelativeToReference, String reference, RegimenDoc regimen, Double timeTo90PercentSteadyStateH,
        List<DayDoc> days, Double totalAucNgHPerMl, ExposureDoc exposureRelativeToReference, PopulationDoc population,
        Files files, List<String> notes, String notice) {

    private static final int DIGITS = 6;

    /** Output files written by the run, for the record (the API writes none). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Files(String csv, String dailyCsv, String chart) {

        public static final Files NONE = new Files(null, null, null);

        public static Files of(Optional<Path> csv, Optional<Path> dailyCsv, Optional<Path> chart) {
            return new Files(csv.map(Path::toString).orElse(null), dailyCsv.map(Path::toString).orElse(null),
                    chart.map(Path::toString).orElse(null));
        }

        public boolean isEmpty() {
            return csv == null && dailyCsv == null && chart == null;
        }
    }

    public record SetDoc(String id, String name, String population, List<String> source, String confidence,
            String confidenceMeaning) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PatientDoc(BigDecimal weightKg, String weightSource, BigDecimal crclMlPerMin, String crclSource) {
    }

    public record ParametersDoc(double clearanceLPerH, double volumeL, double kaPerH, double eliminationRatePerH,
            double halfLifeH) {
    }

    public record RegimenDoc(String description, String start, long doses, BigDecimal totalMg, int days,
            double gridMin) {
    }

    public record DayDoc(int day, double cmaxNgPerMl, double cminNgPerMl, double aucNgHPerMl) {
    }

    public record ExposureDoc(String reference, double aucRatio, double lastDayAucRatio, double lastDayCmaxRatio,
            double lastDayCminRatio) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PopulationDoc(int size, long seed, VariabilityDoc variability, Distributions covariateDistributions,
            MetricsDoc metrics, List<PercentileDayDoc> days) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record VariabilityDoc(BigDecimal clearanceCv, BigDecimal volumeCv, BigDecimal kaCv, String model,
            List<String> source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Distributions(DistributionDoc weightKg, DistributionDoc crclMlPerMin) {
    }

    public record DistributionDoc(double mean, double sd, double min, double max, String distribution, String source) {
    }

    /**
     * Population metrics: single dose or regimen ones, and the exposure relative to the
     * reference patient.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MetricsDoc(Pct cmaxNgPerMl, Pct tmaxH, Pct aucNgHPerMl, Pct halfLifeH, Pct lastDayCmaxNgPerMl,
            Pct lastDayCminNgPerMl, Pct lastDayAucNgHPerMl, Pct totalAucNgHPerMl, Pct timeTo90PercentSteadyStateH,
            Pct aucRelativeToReference) {
    }

    public record PercentileDayDoc(int day, Pct cmaxNgPerMl, Pct cminNgPerMl, Pct aucNgHPerMl) {
    }

    public record Pct(double p5, double p50, double p95) {
    }

    public static SimulationDocument of(SimulationOutcome o, Files files) {
        SetDoc set = set(o.model().set());
        PatientDoc patient = new PatientDoc(
                o.weight().value().or(() -> o.model().referenceWeight()).map(w -> plain(w.value())).orElse(null),
                o.weight().source(),
                o.crcl().value().or(() -> o.model().referenceCrcl()).map(c -> plain(c.value())).orElse(null),
                o.crcl().source());
        PkParameters p = o.typical().parameters();
        ParametersDoc parameters = new ParametersDoc(r(p.clearance().value()), r(p.volume().value()), r(p.ka().value()),
                r(p.eliminationRate()), r(p.halfLife().value()));
        PopulationDoc population = o.population().map(pop -> population(o, pop)).orElse(null);
        Files f = files.isEmpty() ? null : files;
        String mode = o.isSingleDose() ? "single-dose" : "regimen";
        if (o.isSingleDose()) {
            SingleDoseMetrics sd = o.singleDoseMetrics().orElseThrow();
            return new SimulationDocument(mode, set, patient, parameters, plain(o.singleDose().orElseThrow().value()),
                    r(sd.cmax().value()), r(sd.tmax().value()), r(sd.aucToInfinity().value()), r(sd.halfLife().value()),
                    r(o.reference().parameters().clearance().value() / o.typical().parameters().clearance().value()),
                    o.referenceDescription(), null, null, null, null, null, population, f, notes(o),
                    ConcentrationNotice.NOTICE);
        }
        RegimenDoc regimen = new RegimenDoc(o.regimen(), o.history().start().toString(), o.history().intakeCount(),
                plain(o.history().totalTaken().value()), o.grid().days(), r(o.grid().step().toMillis() / 60_000.0));
        List<DayDoc> days = o.typical().days().stream().map(SimulationDocument::day).toList();
        ExposureComparison e = o.exposure();
        ExposureDoc exposure = new ExposureDoc(o.referenceDescription(), r(e.aucRatio()), r(e.lastDayAucRatio()),
                r(e.lastDayCmaxRatio()), r(e.lastDayCminRatio()));
        return new SimulationDocument(mode, set, patient, parameters, null, null, null, null, null, null, null, regimen,
                r(o.typical().parameters().timeTo90PercentSteadyState().value()), days,
                r(o.typical().totalAuc().value()), exposure, population, f, notes(o), ConcentrationNotice.NOTICE);
    }

    /**
     * The notes of a simulation: the run's own, then the fixed model, variability and
     * covariate notes.
     */
    public static List<String> notes(SimulationOutcome o) {
        List<String> notes = new ArrayList<>(o.notes());
        notes.add(ConcentrationNotice.MODEL);
        if (o.population().isPresent()) {
            notes.add(ConcentrationNotice.VARIABILITY);
        }
        if (o.weightDistribution().isPresent() || o.crclDistribution().isPresent()) {
            notes.add(ConcentrationNotice.COVARIATES);
        }
        return notes;
    }

    private static SetDoc set(PkParameterSet s) {
        return new SetDoc(s.id(), s.name(), s.population(), s.source(), s.confidence().name(),
                s.confidence().meaning());
    }

    private static DayDoc day(DailyExposure d) {
        return new DayDoc(d.day(), r(d.cmax().value()), r(d.cmin().value()), r(d.auc().value()));
    }

    private static PopulationDoc population(SimulationOutcome o, PopulationResult p) {
        PkParameterSet s = o.model().set();
        VariabilityDoc variability = new VariabilityDoc(
                s.iiv().clearanceCv().map(SimulationDocument::plain).orElse(null),
                s.iiv().volumeCv().map(SimulationDocument::plain).orElse(null), null,
                "log-normal, median at the typical value, omega^2 = ln(1 + CV^2), clearance and volume"
                        + " independent, ka without variability",
                s.source());
        Distributions dists = o.weightDistribution().isEmpty() && o.crclDistribution().isEmpty() ? null
                : new Distributions(o.weightDistribution().map(SimulationDocument::distribution).orElse(null),
                        o.crclDistribution().map(SimulationDocument::distribution).orElse(null));
        Pct relative = pct(o.isSingleDose() ? o.singleDoseExposureRatio(p) : p.exposureRatio());
        MetricsDoc metrics;
        List<PercentileDayDoc> days = null;
        if (o.isSingleDose()) {
            SingleDosePercentiles sd = p.singleDose(o.singleDose().orElseThrow());
            metrics = new MetricsDoc(pct(sd.cmax()), pct(sd.tmax()), pct(sd.auc()), pct(sd.halfLife()), null, null,
                    null, null, null, relative);
        }
        else {
            metrics = new MetricsDoc(null, null, null, null, pct(p.lastDayCmax()), pct(p.lastDayCmin()),
                    pct(p.lastDayAuc()), pct(p.totalAuc()), pct(p.timeTo90PercentSteadyState()), relative);
            days = new ArrayList<>();
            for (DailyPercentiles d : p.days()) {
                days.add(new PercentileDayDoc(d.day(), pct(d.cmax()), pct(d.cmin()), pct(d.auc())));
            }
        }
        return new PopulationDoc(p.size(), p.seed(), variability, dists, metrics, days);
    }

    private static DistributionDoc distribution(CovariateDistribution d) {
        return new DistributionDoc(r(d.mean()), r(d.sd()), r(d.min()), r(d.max()), "normal, truncated to [min, max]",
                "user input");
    }

    private static Pct pct(PercentileSummary s) {
        return new Pct(r(s.p5()), r(s.p50()), r(s.p95()));
    }

    /** {@code v} rounded to six significant digits. */
    static double r(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(DIGITS)).doubleValue();
    }

    private static BigDecimal plain(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
