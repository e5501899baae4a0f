package org.baclo.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.baclo.pk.ConcentrationBands;
import org.baclo.pk.DailyExposure;
import org.baclo.pk.DailyPercentiles;
import org.baclo.pk.PercentileSummary;
import org.baclo.pk.Simulation;

/**
 * CSV exports of a simulation: the curve (one row per grid point) and the daily metrics
 * (one row per day). Comma-separated, a header row with units in the column names, '.' as
 * decimal point, no quoting needed. Stateless.
 */
public final class ConcentrationCsv {

    private ConcentrationCsv() {
    }

    /**
     * {@code time_h,concentration_ng_per_ml}, and with bands
     * {@code p5_ng_per_ml,p50_ng_per_ml,p95_ng_per_ml} (the concentration column is then
     * the typical patient's).
     */
    public static void curve(Writer out, Simulation typical, Optional<ConcentrationBands> bands) throws IOException {
        out.write("time_h,concentration_ng_per_ml");
        if (bands.isPresent()) {
            out.write(",p5_ng_per_ml,p50_ng_per_ml,p95_ng_per_ml");
        }
        out.write('\n');
        double[] c = typical.concentrationsNgPerMl();
        for (int i = 0; i < c.length; i++) {
            out.write(number(typical.grid().timeH(i)));
            out.write(',');
            out.write(number(c[i]));
            if (bands.isPresent()) {
                PercentileSummary p = bands.get().at(i);
                out.write(',' + number(p.p5()) + ',' + number(p.p50()) + ',' + number(p.p95()));
            }
            out.write('\n');
        }
    }

    /**
     * {@code day,cmax_ng_per_ml,cmin_ng_per_ml,auc_ng_h_per_ml}, and with population
     * percentiles {@code cmax_p5_ng_per_ml,…,auc_p95_ng_h_per_ml}.
     */
    public static void daily(Writer out, List<DailyExposure> days, Optional<List<DailyPercentiles>> population)
            throws IOException {
        out.write("day,cmax_ng_per_ml,cmin_ng_per_ml,auc_ng_h_per_ml");
        if (population.isPresent()) {
            for (String m : new String[] { "cmax", "cmin", "auc" }) {
                String unit = m.equals("auc") ? "ng_h_per_ml" : "ng_per_ml";
                out.write("," + m + "_p5_" + unit + "," + m + "_p50_" + unit + "," + m + "_p95_" + unit);
            }
        }
        out.write('\n');
        for (int i = 0; i < days.size(); i++) {
            DailyExposure d = days.get(i);
            out.write(d.day() + "," + number(d.cmax().value()) + "," + number(d.cmin().value()) + ","
                    + number(d.auc().value()));
            if (population.isPresent()) {
                DailyPercentiles p = population.get().get(i);
                for (PercentileSummary s : new PercentileSummary[] { p.cmax(), p.cmin(), p.auc() }) {
                    out.write("," + number(s.p5()) + "," + number(s.p50()) + "," + number(s.p95()));
                }
            }
            out.write('\n');
        }
    }

    /** Six significant digits, plain notation. */
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e") || s.contains("E")) {
            s = new java.math.BigDecimal(s).toPlainString();
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

}
