package org.baclo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.baclo.pk.ConcentrationBands;
import org.baclo.pk.Simulation;

/**
 * A self-contained SVG chart of a concentration curve: labelled axes with ticks ("Time
 * (h)", "Concentration (ng/mL)"), a title, the curve, and for populations the median with
 * the 5–95% band. Curves with more points than the plot has pixels are thinned to each
 * pixel column's lowest and highest values, so peaks and troughs survive. Ends with the
 * clinical notice. Stateless.
 */
public final class ConcentrationChart {

    /** Shown on every chart. */
    public static final String NOTICE = "Baclo supports, and does not replace, a clinician's judgement.";

    private static final int WIDTH = 960;

    private static final int HEIGHT = 580;

    private static final int LEFT = 90;

    private static final int RIGHT = 30;

    private static final int TOP = 90;

    private static final int BOTTOM = 110;

    private static final int PLOT_W = WIDTH - LEFT - RIGHT;

    private static final int PLOT_H = HEIGHT - TOP - BOTTOM;

    /**
     * What to draw: a title, a subtitle (the regimen and patient), the typical curve and
     * optional bands.
     */
    public record Spec(String title, String subtitle, Simulation typical, Optional<ConcentrationBands> bands,
            String typicalLabel, String bandLabel) {
        public Spec {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subtitle, "subtitle");
            Objects.requireNonNull(typical, "typical");
            Objects.requireNonNull(bands, "bands");
        }
    }

    private ConcentrationChart() {
    }

    public static String svg(Spec spec) {
        Simulation sim = spec.typical();
        double[] t = times(sim);
        double[] c = sim.concentrationsNgPerMl();
        double xMax = sim.grid().lengthH();
        double yMax = max(c);
        if (spec.bands().isPresent()) {
            yMax = Math.max(yMax, max(spec.bands().get().p95()));
        }
        double[] xTicks = ticks(xMax);
        double[] yTicks = ticks(yMax <= 0 ? 1 : yMax);
        double xTop = xTicks[xTicks.length - 1];
        double yTop = yTicks[yTicks.length - 1];

        StringBuilder s = new StringBuilder(64 * 1024);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
            .append(WIDTH)
            .append("\" height=\"")
            .append(HEIGHT)
            .append("\" viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(HEIGHT)
            .append("\" font-family=\"sans-serif\" font-size=\"13\">\n");
        s.append("<title>").append(escape(spec.title())).append("</title>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(s, WIDTH / 2.0, 28, "middle", 18, "bold", spec.title());
        text(s, WIDTH / 2.0, 50, "middle", 13, "normal", spec.subtitle());
        axes(s, xTicks, yTicks, xTop, yTop);
        if (spec.bands().isPresent()) {
            ConcentrationBands b = spec.bands().get();
            s.append("<polygon fill=\"#1f77b4\" fill-opacity=\"0.22\" stroke=\"none\" points=\"")
                .append(band(t, b.p5(), b.p95(), xTop, yTop))
                .append("\"/>\n");
            s.append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1.6\" points=\"")
                .append(line(t, b.p50(), xTop, yTop))
                .append("\"/>\n");
            s.append("<polyline fill=\"none\" stroke=\"#d62728\" stroke-width=\"1.2\" stroke-dasharray=\"5,3\""
                    + " points=\"")
                .append(line(t, c, xTop, yTop))
                .append("\"/>\n");
            legend(s, new String[] { spec.bandLabel(), "Median", spec.typicalLabel() },
                    new String[] { "band", "#1f77b4", "#d62728" });
        }
        else {
            s.append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1.6\" points=\"")
                .append(line(t, c, xTop, yTop))
                .append("\"/>\n");
            legend(s, new String[] { spec.typicalLabel() }, new String[] { "#1f77b4" });
        }
        text(s, WIDTH / 2.0, HEIGHT - 30, "middle", 12, "normal",
                "Model estimate; no therapeutic concentration range is asserted.");
        text(s, WIDTH / 2.0, HEIGHT - 12, "middle", 12, "bold", NOTICE);
        s.append("</svg>\n");
        return s.toString();
    }

    private static void axes(StringBuilder s, double[] xTicks, double[] yTicks, double xTop, double yTop) {
        s.append("<g stroke=\"#444\" stroke-width=\"1\">\n");
        s.append(line(LEFT, TOP + PLOT_H, LEFT + PLOT_W, TOP + PLOT_H));
        s.append(line(LEFT, TOP, LEFT, TOP + PLOT_H));
        s.append("</g>\n<g stroke=\"#ddd\" stroke-width=\"1\">\n");
        for (double y : yTicks) {
            double py = py(y, yTop);
            s.append(line(LEFT, py, LEFT + PLOT_W, py));
        }
        s.append("</g>\n");
        for (double x : xTicks) {
            double px = px(x, xTop);
            s.append(line(px, TOP + PLOT_H, px, TOP + PLOT_H + 6).replace("/>", " stroke=\"#444\"/>"));
            text(s, px, TOP + PLOT_H + 22, "middle", 12, "normal", label(x));
        }
        for (double y : yTicks) {
            double py = py(y, yTop);
            s.append(line(LEFT - 6, py, LEFT, py).replace("/>", " stroke=\"#444\"/>"));
            text(s, LEFT - 10, py + 4, "end", 12, "normal", label(y));
        }
        text(s, LEFT + PLOT_W / 2.0, TOP + PLOT_H + 48, "middle", 14, "normal", "Time (h)");
        double cy = TOP + PLOT_H / 2.0;
        s.append(String.format(Locale.ROOT, "<text x=\"24\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"14\""
                + " transform=\"rotate(-90 24 %.1f)\">Concentration (ng/mL)</text>\n", cy, cy));
    }

    /** One row of legend entries between the subtitle and the plot. */
    private static void legend(StringBuilder s, String[] labels, String[] styles) {
        double x = LEFT;
        double y = TOP - 18;
        for (int i = 0; i < labels.length; i++) {
            if ("band".equals(styles[i])) {
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"24\" height=\"10\""
                        + " fill=\"#1f77b4\" fill-opacity=\"0.22\"/>\n", x, y - 5));
            }
            else {
                String dash = "#d62728".equals(styles[i]) ? " stroke-dasharray=\"5,3\"" : "";
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                        + " stroke=\"%s\" stroke-width=\"2\"%s/>\n", x, y, x + 24, y, styles[i], dash));
            }
            text(s, x + 32, y + 4, "start", 12, "normal", labels[i]);
            x += 32 + 7.5 * labels[i].length() + 24;
        }
    }

    /**
     * The curve thinned to the lowest and highest value of each pixel column, in time
     * order.
     */
    private static String line(double[] t, double[] v, double xTop, double yTop) {
        StringBuilder pts = new StringBuilder();
        for (int[] range : columns(t, xTop)) {
            int lo = range[0];
            int hi = range[0];
            for (int i = range[0]; i < range[1]; i++) {
                lo = v[i] < v[lo] ? i : lo;
                hi = v[i] > v[hi] ? i : hi;
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            point(pts, t[first], v[first], xTop, yTop);
            if (second != first) {
                point(pts, t[second], v[second], xTop, yTop);
            }
        }
        return pts.toString().trim();
    }

    /**
     * The band: the 95th percentile forwards (column maxima), then the 5th backwards
     * (column minima).
     */
    private static String band(double[] t, double[] low, double[] high, double xTop, double yTop) {
        List<int[]> cols = columns(t, xTop);
        StringBuilder pts = new StringBuilder();
        for (int[] r : cols) {
            double m = high[r[0]];
            for (int i = r[0]; i < r[1]; i++) {
                m = Math.max(m, high[i]);
            }
            point(pts, t[r[0]], m, xTop, yTop);
        }
        for (int k = cols.size() - 1; k >= 0; k--) {
            int[] r = cols.get(k);
            double m = low[r[0]];
            for (int i = r[0]; i < r[1]; i++) {
                m = Math.min(m, low[i]);
            }
            point(pts, t[r[0]], m, xTop, yTop);
        }
        return pts.toString().trim();
    }

    /** Index ranges of the points falling in each pixel column. */
    private static List<int[]> columns(double[] t, double xTop) {
        List<int[]> cols = new ArrayList<>();
        int start = 0;
        while (start < t.length) {
            int column = (int) Math.floor(px(t[start], xTop));
            int end = start + 1;
            while (end < t.length && (int) Math.floor(px(t[end], xTop)) == column) {
                end++;
            }
            cols.add(new int[] { start, end });
            start = end;
        }
        return cols;
    }

    private static void point(StringBuilder pts, double t, double v, double xTop, double yTop) {
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", px(t, xTop), py(v, yTop)));
    }

    private static double px(double x, double xTop) {
        return LEFT + x / xTop * PLOT_W;
    }

    private static double py(double y, double yTop) {
        return TOP + PLOT_H - y / yTop * PLOT_H;
    }

    /**
     * About six to ten round ticks from 0 to at least {@code max}: steps of 1, 2 or 5 ×
     * 10^k.
     */
    static double[] ticks(double max) {
        double raw = max / 8;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] { 1, 2, 5, 10 }) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        int n = (int) Math.ceil(max / step - 1e-9);
        double[] ticks = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            ticks[i] = i * step;
        }
        return ticks;
    }

    private static String label(double v) {
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return String.format(Locale.ROOT, "%s",
                new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString());
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", x1, y1, x2, y2);
    }

    private static void text(StringBuilder s, double x, double y, String anchor, int size, String weight,
            String content) {
        s.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\"" + " font-weight=\"%s\">%s</text>\n",
                x, y, anchor, size, weight, escape(content)));
    }

    private static double[] times(Simulation sim) {
        double[] t = new double[sim.grid().points()];
        for (int i = 0; i < t.length; i++) {
            t[i] = sim.grid().timeH(i);
        }
        return t;
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&apos;");
    }

}
