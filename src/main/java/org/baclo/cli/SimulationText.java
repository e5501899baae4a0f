package org.baclo.cli;

import java.util.Locale;
import org.baclo.knowledge.PkParameterSet;
import org.baclo.pk.DailyExposure;
import org.baclo.pk.DailyPercentiles;
import org.baclo.pk.ExposureComparison;
import org.baclo.pk.PercentileSummary;
import org.baclo.pk.PkParameters;
import org.baclo.pk.PopulationResult;
import org.baclo.pk.SingleDoseMetrics;
import org.baclo.pk.SingleDosePercentiles;
import org.baclo.pk.SimulationOutcome;
import org.baclo.report.ConcentrationChart;
import org.baclo.report.ConcentrationNotice;
import org.baclo.report.SimulationDocument;

/**
 * The readable form of a simulation, and the chart's titles. Numbers have four
 * significant digits.
 */
final class SimulationText {

    private static final int DIGITS = 4;

    private SimulationText() {
    }

    static String of(SimulationOutcome o, SimulationDocument.Files files) {
        StringBuilder s = new StringBuilder();
        PkParameterSet set = o.model().set();
        s.append("BACLOFEN SIMULATION — ").append(set.name()).append(" (").append(set.id()).append(")\n");
        s.append("Source: ")
            .append(set.sourceText())
            .append(" [")
            .append(set.confidence())
            .append(": ")
            .append(set.confidence().meaning())
            .append("]\n");
        s.append("Doses: ").append(o.regimen()).append('\n');
        s.append("Patient: ").append(patient(o)).append('\n');
        PkParameters p = o.typical().parameters();
        s.append("Parameters: CL/F ")
            .append(n(p.clearance().value()))
            .append(" L/h, V/F ")
            .append(n(p.volume().value()))
            .append(" L, ka ")
            .append(n(p.ka().value()))
            .append(" /h\n\n");
        if (o.isSingleDose()) {
            singleDose(s, o);
        }
        else {
            regimen(s, o);
        }
        o.population().ifPresent(pop -> population(s, o, pop));
        if (files.csv() != null) {
            s.append("\nWrote ").append(files.csv()).append(" and ").append(files.dailyCsv()).append('\n');
        }
        if (files.chart() != null) {
            s.append(files.csv() != null ? "" : "\n").append("Wrote ").append(files.chart()).append('\n');
        }
        s.append('\n');
        for (String note : SimulationDocument.notes(o)) {
            TopicRenderer.wrap(s, note, "");
        }
        s.append(ConcentrationNotice.NOTICE).append('\n');
        return s.toString();
    }

    private static String patient(SimulationOutcome o) {
        String w = o.weight()
            .value()
            .or(() -> o.model().referenceWeight())
            .map(k -> k.format(1))
            .orElse("weight not modelled");
        String c = o.crcl()
            .value()
            .or(() -> o.model().referenceCrcl())
            .map(k -> "CrCl " + k.format(1))
            .orElse("CrCl not modelled");
        return w + " (" + o.weight().source() + "), " + c + " (" + o.crcl().source() + ")";
    }

    private static void singleDose(StringBuilder s, SimulationOutcome o) {
        SingleDoseMetrics m = o.singleDoseMetrics().orElseThrow();
        s.append(String.format(Locale.ROOT, "%-22s %s ng/mL%n", "Cmax", n(m.cmax().value())));
        s.append(String.format(Locale.ROOT, "%-22s %s h%n", "Tmax", n(m.tmax().value())));
        s.append(String.format(Locale.ROOT, "%-22s %s ng·h/mL%n", "AUC(0–∞)", n(m.aucToInfinity().value())));
        s.append(String.format(Locale.ROOT, "%-22s %s h%n", "Half-life", n(m.halfLife().value())));
        double ratio = o.reference().parameters().clearance().value() / o.typical().parameters().clearance().value();
        s.append(String.format(Locale.ROOT, "%-22s × %s (reference: %s)%n", "AUC vs reference", n(ratio),
                o.referenceDescription()));
    }

    private static void regimen(StringBuilder s, SimulationOutcome o) {
        s.append("Time to 90% of steady state: ")
            .append(n(o.typical().parameters().timeTo90PercentSteadyState().value()))
            .append(" h; half-life ")
            .append(n(o.typical().parameters().halfLife().value()))
            .append(" h\n\n");
        s.append(String.format(Locale.ROOT, "%5s  %12s  %12s  %14s%n", "Day", "Cmax ng/mL", "Cmin ng/mL",
                "AUC ng·h/mL"));
        for (DailyExposure d : o.typical().days()) {
            s.append(String.format(Locale.ROOT, "%5d  %12s  %12s  %14s%n", d.day(), n(d.cmax().value()),
                    n(d.cmin().value()), n(d.auc().value())));
        }
        ExposureComparison e = o.exposure();
        s.append("\nTotal AUC ")
            .append(n(o.typical().totalAuc().value()))
            .append(" ng·h/mL over ")
            .append(n(o.grid().lengthH()))
            .append(" h\n");
        s.append("Exposure relative to the reference (")
            .append(o.referenceDescription())
            .append("): total AUC × ")
            .append(n(e.aucRatio()))
            .append(", last-day Cmax × ")
            .append(n(e.lastDayCmaxRatio()))
            .append(", last-day Cmin × ")
            .append(n(e.lastDayCminRatio()))
            .append('\n');
    }

    private static void population(StringBuilder s, SimulationOutcome o, PopulationResult p) {
        PkParameterSet set = o.model().set();
        s.append("\nVIRTUAL POPULATION: ")
            .append(p.size())
            .append(" patients, seed ")
            .append(p.seed())
            .append("; variability (log-normal) CL/F ")
            .append(set.iiv().clearanceCv().map(c -> pctText(c.doubleValue())).orElse("none"))
            .append(", V/F ")
            .append(set.iiv().volumeCv().map(c -> pctText(c.doubleValue())).orElse("none"))
            .append(", ka none [")
            .append(set.sourceText())
            .append("]\n");
        o.weightDistribution()
            .ifPresent(d -> s.append("Weight: normal, mean ")
                .append(n(d.mean()))
                .append(" kg, SD ")
                .append(n(d.sd()))
                .append(" kg, within ")
                .append(n(d.min()))
                .append("–")
                .append(n(d.max()))
                .append(" kg (user input)\n"));
        o.crclDistribution()
            .ifPresent(d -> s.append("CrCl: normal, mean ")
                .append(n(d.mean()))
                .append(" mL/min, SD ")
                .append(n(d.sd()))
                .append(" mL/min, within ")
                .append(n(d.min()))
                .append("–")
                .append(n(d.max()))
                .append(" mL/min (user input)\n"));
        s.append("Percentiles over patients: 5th / 50th / 95th\n\n");
        if (o.isSingleDose()) {
            SingleDosePercentiles sd = p.singleDose(o.singleDose().orElseThrow());
            row(s, "Cmax (ng/mL)", sd.cmax());
            row(s, "Tmax (h)", sd.tmax());
            row(s, "AUC(0–∞) (ng·h/mL)", sd.auc());
            row(s, "Half-life (h)", sd.halfLife());
        }
        else {
            s.append(String.format(Locale.ROOT, "%5s  %-24s  %-24s  %-24s%n", "Day", "Cmax ng/mL", "Cmin ng/mL",
                    "AUC ng·h/mL"));
            for (DailyPercentiles d : p.days()) {
                s.append(String.format(Locale.ROOT, "%5d  %-24s  %-24s  %-24s%n", d.day(), triple(d.cmax()),
                        triple(d.cmin()), triple(d.auc())));
            }
            s.append('\n');
            row(s, "Last-day Cmax (ng/mL)", p.lastDayCmax());
            row(s, "Last-day Cmin (ng/mL)", p.lastDayCmin());
            row(s, "Last-day AUC (ng·h/mL)", p.lastDayAuc());
            row(s, "Total AUC (ng·h/mL)", p.totalAuc());
            row(s, "Time to 90% SS (h)", p.timeTo90PercentSteadyState());
        }
        row(s, "AUC vs reference (×)", o.isSingleDose() ? o.singleDoseExposureRatio(p) : p.exposureRatio());
    }

    private static void row(StringBuilder s, String label, PercentileSummary p) {
        s.append(String.format(Locale.ROOT, "%-24s %s%n", label, triple(p)));
    }

    private static String triple(PercentileSummary p) {
        return n(p.p5()) + " / " + n(p.p50()) + " / " + n(p.p95());
    }

    private static String pctText(double cv) {
        return Numbers.text(cv * 100, 3) + "%";
    }

    private static String n(double v) {
        return Numbers.text(v, DIGITS);
    }

    /** The chart's title, subtitle and labels for this outcome. */
    static ConcentrationChart.Spec chartSpec(SimulationOutcome o) {
        String title = "Baclofen plasma concentration — " + o.model().set().name();
        String subtitle = o.regimen() + "; " + patient(o);
        String typical = o.population().isPresent() ? "Typical patient (no variability)" : "Concentration";
        String band = o.population().map(p -> "5–95% of " + p.size() + " virtual patients").orElse("");
        return new ConcentrationChart.Spec(title, subtitle, o.typical(),
                o.population().flatMap(PopulationResult::bands), typical, band);
    }

}
