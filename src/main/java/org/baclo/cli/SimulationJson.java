package org.baclo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baclo.knowledge.PkParameterSet;
import org.baclo.pk.CovariateDistribution;
import org.baclo.pk.DailyExposure;
import org.baclo.pk.DailyPercentiles;
import org.baclo.pk.ExposureComparison;
import org.baclo.pk.PercentileSummary;
import org.baclo.pk.PkParameters;
import org.baclo.pk.PopulationResult;
import org.baclo.pk.SingleDoseMetrics;
import org.baclo.pk.SingleDosePercentiles;

/**
 * The JSON form of a simulation (a contract: field names are kept; fields may be added). Numbers are rounded to
 * six significant digits. Single dose: {@code cmaxNgPerMl}, {@code tmaxH}, {@code aucNgHPerMl} (to infinity) and
 * {@code halfLifeH} at the top level, for the typical patient.
 */
final class SimulationJson {
    private static final int DIGITS = 6;

    /** Output files written by the run, for the record. */
    record Files(Optional<Path> csv, Optional<Path> dailyCsv, Optional<Path> chart) {
    }

    private SimulationJson() {
    }

    static Map<String, Object> of(SimulationOutcome o, Files files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", o.isSingleDose() ? "single-dose" : "regimen");
        m.put("parameterSet", set(o.model().set()));
        m.put("patient", patient(o));
        m.put("parameters", parameters(o.typical().parameters()));
        if (o.isSingleDose()) {
            SingleDoseMetrics sd = o.singleDoseMetrics().orElseThrow();
            m.put("doseMg", Numbers.plain(o.singleDose().orElseThrow().value()));
            m.put("cmaxNgPerMl", r(sd.cmax().value()));
            m.put("tmaxH", r(sd.tmax().value()));
            m.put("aucNgHPerMl", r(sd.aucToInfinity().value()));
            m.put("halfLifeH", r(sd.halfLife().value()));
            m.put("aucRelativeToReference", r(o.reference().parameters().clearance().value()
                    / o.typical().parameters().clearance().value()));
            m.put("reference", o.referenceDescription());
        } else {
            m.put("regimen", regimen(o));
            m.put("timeTo90PercentSteadyStateH", r(o.typical().parameters().timeTo90PercentSteadyState().value()));
            m.put("days", days(o.typical().days()));
            m.put("totalAucNgHPerMl", r(o.typical().totalAuc().value()));
            m.put("exposureRelativeToReference", exposure(o));
        }
        o.population().ifPresent(p -> m.put("population", population(o, p)));
        Map<String, Object> f = new LinkedHashMap<>();
        files.csv().ifPresent(p -> f.put("csv", p.toString()));
        files.dailyCsv().ifPresent(p -> f.put("dailyCsv", p.toString()));
        files.chart().ifPresent(p -> f.put("chart", p.toString()));
        if (!f.isEmpty()) {
            m.put("files", f);
        }
        m.put("notes", notes(o));
        m.put("notice", ConcentrationNotice.NOTICE);
        return m;
    }

    static List<String> notes(SimulationOutcome o) {
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

    private static Map<String, Object> set(PkParameterSet s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("population", s.population());
        m.put("source", s.source());
        m.put("confidence", s.confidence().name());
        m.put("confidenceMeaning", s.confidence().meaning());
        return m;
    }

    private static Map<String, Object> patient(SimulationOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("weightKg", o.weight().value().or(() -> o.model().referenceWeight()).map(w -> Numbers.plain(w.value())).orElse(null));
        m.put("weightSource", o.weight().source());
        m.put("crclMlPerMin", o.crcl().value().or(() -> o.model().referenceCrcl()).map(c -> Numbers.plain(c.value())).orElse(null));
        m.put("crclSource", o.crcl().source());
        return m;
    }

    private static Map<String, Object> parameters(PkParameters p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clearanceLPerH", r(p.clearance().value()));
        m.put("volumeL", r(p.volume().value()));
        m.put("kaPerH", r(p.ka().value()));
        m.put("eliminationRatePerH", r(p.eliminationRate()));
        m.put("halfLifeH", r(p.halfLife().value()));
        return m;
    }

    private static Map<String, Object> regimen(SimulationOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", o.regimen());
        m.put("start", o.history().start().toString());
        m.put("doses", o.history().intakeCount());
        m.put("totalMg", Numbers.plain(o.history().totalTaken().value()));
        m.put("days", o.grid().days());
        m.put("gridMin", r(o.grid().step().toMillis() / 60_000.0));
        return m;
    }

    private static List<Object> days(List<DailyExposure> days) {
        List<Object> list = new ArrayList<>();
        for (DailyExposure d : days) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("day", d.day());
            m.put("cmaxNgPerMl", r(d.cmax().value()));
            m.put("cminNgPerMl", r(d.cmin().value()));
            m.put("aucNgHPerMl", r(d.auc().value()));
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> exposure(SimulationOutcome o) {
        ExposureComparison e = o.exposure();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", o.referenceDescription());
        m.put("aucRatio", r(e.aucRatio()));
        m.put("lastDayAucRatio", r(e.lastDayAucRatio()));
        m.put("lastDayCmaxRatio", r(e.lastDayCmaxRatio()));
        m.put("lastDayCminRatio", r(e.lastDayCminRatio()));
        return m;
    }

    private static Map<String, Object> population(SimulationOutcome o, PopulationResult p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", p.size());
        m.put("seed", p.seed());
        m.put("variability", variability(o));
        Map<String, Object> dists = new LinkedHashMap<>();
        o.weightDistribution().ifPresent(d -> dists.put("weightKg", distribution(d)));
        o.crclDistribution().ifPresent(d -> dists.put("crclMlPerMin", distribution(d)));
        if (!dists.isEmpty()) {
            m.put("covariateDistributions", dists);
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        if (o.isSingleDose()) {
            SingleDosePercentiles sd = p.singleDose(o.singleDose().orElseThrow());
            metrics.put("cmaxNgPerMl", pct(sd.cmax()));
            metrics.put("tmaxH", pct(sd.tmax()));
            metrics.put("aucNgHPerMl", pct(sd.auc()));
            metrics.put("halfLifeH", pct(sd.halfLife()));
        } else {
            metrics.put("lastDayCmaxNgPerMl", pct(p.lastDayCmax()));
            metrics.put("lastDayCminNgPerMl", pct(p.lastDayCmin()));
            metrics.put("lastDayAucNgHPerMl", pct(p.lastDayAuc()));
            metrics.put("totalAucNgHPerMl", pct(p.totalAuc()));
            metrics.put("timeTo90PercentSteadyStateH", pct(p.timeTo90PercentSteadyState()));
        }
        metrics.put("aucRelativeToReference", pct(o.isSingleDose() ? o.singleDoseExposureRatio(p)
                : p.exposureRatio()));
        m.put("metrics", metrics);
        if (!o.isSingleDose()) {
            List<Object> days = new ArrayList<>();
            for (DailyPercentiles d : p.days()) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("day", d.day());
                dm.put("cmaxNgPerMl", pct(d.cmax()));
                dm.put("cminNgPerMl", pct(d.cmin()));
                dm.put("aucNgHPerMl", pct(d.auc()));
                days.add(dm);
            }
            m.put("days", days);
        }
        return m;
    }

    private static Map<String, Object> variability(SimulationOutcome o) {
        PkParameterSet s = o.model().set();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clearanceCv", s.iiv().clearanceCv().map(Numbers::plain).orElse(null));
        m.put("volumeCv", s.iiv().volumeCv().map(Numbers::plain).orElse(null));
        m.put("kaCv", null);
        m.put("model", "log-normal, median at the typical value, omega^2 = ln(1 + CV^2), clearance and volume"
                + " independent, ka without variability");
        m.put("source", s.source());
        return m;
    }

    private static Map<String, Object> distribution(CovariateDistribution d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", r(d.mean()));
        m.put("sd", r(d.sd()));
        m.put("min", r(d.min()));
        m.put("max", r(d.max()));
        m.put("distribution", "normal, truncated to [min, max]");
        m.put("source", "user input");
        return m;
    }

    private static Map<String, Object> pct(PercentileSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p5", r(s.p5()));
        m.put("p50", r(s.p50()));
        m.put("p95", r(s.p95()));
        return m;
    }

    private static double r(double v) {
        return Numbers.round(v, DIGITS);
    }
}
