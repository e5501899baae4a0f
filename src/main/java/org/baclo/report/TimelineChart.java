package org.baclo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A self-contained SVG timeline of a patient's follow-up, one column per day on one time
 * axis: planned daily dose (step line) and the dose recorded as taken (bars) in the upper
 * panel, the daily mean of the symptom scores (spasticity, pain, sleep disruption NRS
 * 0–10) in the lower panel, and each alert marked by a vertical line at the day its
 * condition began, labelled with its severity and code. Presentation attributes only (no
 * style attributes), so it can be inlined under a strict Content-Security-Policy. Ends
 * with the clinical notice. Stateless.
 */
public final class TimelineChart {

    private static final int WIDTH = 960;

    private static final int LEFT = 70;

    private static final int RIGHT = 30;

    private static final int PLOT_W = WIDTH - LEFT - RIGHT;

    private static final int DOSE_TOP = 80;

    private static final int DOSE_H = 170;

    private static final int SCORE_TOP = DOSE_TOP + DOSE_H + 50;

    private static final int SCORE_H = 130;

    private static final int HEIGHT = SCORE_TOP + SCORE_H + 90;

    private static final String[] SCORE_COLOURS = { "#6a3d9a", "#e66101", "#1b7837", "#2166ac" };

    private static final double[] NRS_TICKS = { 0, 2, 4, 6, 8, 10 };

    /** The symptom-trend chart: the NRS panel, then the spasm-frequency panel. */
    private static final int TREND_NRS_TOP = 80;

    private static final int TREND_FREQ_TOP = TREND_NRS_TOP + SCORE_H + 50;

    private static final int TREND_FREQ_H = 90;

    private static final int TREND_HEIGHT = TREND_FREQ_TOP + TREND_FREQ_H + 70;

    /** A day's values; a null mg or score means nothing planned or recorded. */
    public record Day(LocalDate date, BigDecimal plannedMg, BigDecimal takenMg, Map<String, Double> scores) {
        public Day {
            Objects.requireNonNull(date, "date");
            scores = Map.copyOf(scores);
        }
    }

    /** An alert marker: its day, severity and code. */
    public record Marker(LocalDate day, String severity, String code) {
    }

    /**
     * What to draw.
     *
     * @param scoreNames the score keys of {@link Day#scores()} to draw, in legend order,
     * with their labels
     */
    public record Spec(String title, String subtitle, List<Day> days, List<String> scoreNames, List<String> scoreLabels,
            List<Marker> markers) {
        public Spec {
            days = List.copyOf(days);
            scoreNames = List.copyOf(scoreNames);
            scoreLabels = List.copyOf(scoreLabels);
            markers = List.copyOf(markers);
            if (days.isEmpty()) {
                throw new IllegalArgumentException("days: at least one day");
            }
        }
    }

    private TimelineChart() {
    }

    public static String svg(Spec spec) {
        List<Day> days = spec.days();
        LocalDate first = days.get(0).date();
        double colW = (double) PLOT_W / days.size();
        double maxMg = 0;
        for (Day d : days) {
            maxMg = Math.max(maxMg, Math.max(v(d.plannedMg()), v(d.takenMg())));
        }
        double[] mgTicks = ConcentrationChart.ticks(maxMg <= 0 ? 10 : maxMg);
        double mgTop = mgTicks[mgTicks.length - 1];
        StringBuilder s = new StringBuilder(32 * 1024);
        open(s, "timeline-chart", "timeline-title", "width=\"100%\"", HEIGHT, spec.title(), spec.subtitle());
        // dose panel
        panel(s, DOSE_TOP, DOSE_H, mgTicks, mgTop, "mg/day");
        for (int i = 0; i < days.size(); i++) {
            Day d = days.get(i);
            if (d.takenMg() != null && d.takenMg().signum() > 0) {
                double h = v(d.takenMg()) / mgTop * DOSE_H;
                s.append(String.format(Locale.ROOT,
                        "<rect class=\"taken\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                                + " height=\"%.1f\" fill=\"#74a9cf\"><title>%s: %s mg taken</title></rect>\n",
                        LEFT + i * colW + colW * 0.15, DOSE_TOP + DOSE_H - h, colW * 0.7, h, d.date(),
                        plain(d.takenMg())));
            }
        }
        StringBuilder planned = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            BigDecimal p = days.get(i).plannedMg();
            if (p == null) {
                flush(s, planned);
                continue;
            }
            double y = DOSE_TOP + DOSE_H - v(p) / mgTop * DOSE_H;
            planned.append(
                    String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f ", LEFT + i * colW, y, LEFT + (i + 1) * colW, y));
        }
        flush(s, planned);
        legend(s, DOSE_TOP - 14, new String[] { "Planned daily dose", "Recorded as taken" },
                new String[] { "#08306b", "bar" });
        // score panel
        panel(s, SCORE_TOP, SCORE_H, NRS_TICKS, 10, "NRS 0–10");
        scores(s, days, spec.scoreNames(), spec.scoreLabels(), 0, SCORE_TOP, SCORE_H, 10);
        dayAxis(s, days, SCORE_TOP + SCORE_H);
        // alert markers across both panels
        List<Marker> shown = new ArrayList<>();
        for (Marker m : spec.markers()) {
            long i = ChronoUnit.DAYS.between(first, m.day());
            if (i < 0 || i >= days.size()) {
                continue;
            }
            double x = LEFT + (i + 0.5) * colW;
            String colour = "CRITICAL".equals(m.severity()) ? "#b2182b"
                    : "WARNING".equals(m.severity()) ? "#9a3412" : "#555555";
            String label = m.severity() + " " + m.code();
            s.append(String.format(Locale.ROOT, "<g class=\"alert-marker\" data-code=\"%s\" data-severity=\"%s\">"
                    + "<title>%s since %s</title><line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\""
                    + " stroke-width=\"2\" stroke-dasharray=\"6,3\"/>", ConcentrationChart.escape(m.code()),
                    ConcentrationChart.escape(m.severity()), ConcentrationChart.escape(label), m.day(), x, DOSE_TOP, x,
                    SCORE_TOP + SCORE_H, colour));
            s.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" font-size=\"11\"" + " fill=\"%s\">%s</text></g>\n",
                    x + (x > WIDTH / 2.0 ? -4 : 4), DOSE_TOP + 12 + 13 * shown.size(),
                    x > WIDTH / 2.0 ? "end" : "start", colour, ConcentrationChart.escape(label)));
            shown.add(m);
        }
        text(s, WIDTH / 2.0, HEIGHT - 14, "middle", 12, "bold", ConcentrationChart.NOTICE);
        s.append("</svg>\n");
        return s.toString();
    }

    /**
     * What the symptom-trend chart draws: daily NRS scores (0–10) in the upper panel and
     * one 0–4 score (the Penn spasm frequency) in the lower one.
     */
    public record TrendSpec(String title, String subtitle, List<Day> days, List<String> scoreNames,
            List<String> scoreLabels, String frequencyName, String frequencyLabel) {
        public TrendSpec {
            days = List.copyOf(days);
            scoreNames = List.copyOf(scoreNames);
            scoreLabels = List.copyOf(scoreLabels);
            if (days.isEmpty()) {
                throw new IllegalArgumentException("days: at least one day");
            }
        }
    }

    /**
     * The symptom trend of a period without the dose panel (the PDF visit report): the
     * score panel and day axis of {@link #svg(Spec)}, and a 0–4 panel for the spasm
     * frequency. Fixed width and height, for renderers that need them.
     */
    public static String trend(TrendSpec spec) {
        List<Day> days = spec.days();
        StringBuilder s = new StringBuilder(16 * 1024);
        open(s, "trend-chart", "trend-title", "width=\"" + WIDTH + "\" height=\"" + TREND_HEIGHT + "\"", TREND_HEIGHT,
                spec.title(), spec.subtitle());
        panel(s, TREND_NRS_TOP, SCORE_H, NRS_TICKS, 10, "NRS 0–10");
        scores(s, days, spec.scoreNames(), spec.scoreLabels(), 0, TREND_NRS_TOP, SCORE_H, 10);
        panel(s, TREND_FREQ_TOP, TREND_FREQ_H, new double[] { 0, 1, 2, 3, 4 }, 4, "0–4");
        scores(s, days, List.of(spec.frequencyName()), List.of(spec.frequencyLabel()), SCORE_COLOURS.length - 1,
                TREND_FREQ_TOP, TREND_FREQ_H, 4);
        dayAxis(s, days, TREND_FREQ_TOP + TREND_FREQ_H);
        s.append("</svg>\n");
        return s.toString();
    }

    private static void open(StringBuilder s, String cssClass, String titleId, String size, int height, String title,
            String subtitle) {
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
            .append(cssClass)
            .append("\" role=\"img\" ")
            .append(size)
            .append(" viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(height)
            .append("\" font-family=\"sans-serif\" font-size=\"13\" aria-labelledby=\"")
            .append(titleId)
            .append("\">\n");
        s.append("<title id=\"")
            .append(titleId)
            .append("\">")
            .append(ConcentrationChart.escape(title + ": " + subtitle))
            .append("</title>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(s, WIDTH / 2.0, 26, "middle", 17, "bold", title);
        text(s, WIDTH / 2.0, 46, "middle", 13, "normal", subtitle);
    }

    /**
     * The score series {@code names} of the days as dots and lines in a panel of
     * {@code height} from {@code top} whose axis ends at {@code max}, with their legend;
     * colours from {@code firstColour} on.
     */
    private static void scores(StringBuilder s, List<Day> days, List<String> names, List<String> labels,
            int firstColour, int top, int height, double max) {
        double colW = (double) PLOT_W / days.size();
        String[] colours = new String[names.size()];
        for (int k = 0; k < names.size(); k++) {
            String key = names.get(k);
            String colour = SCORE_COLOURS[(firstColour + k) % SCORE_COLOURS.length];
            colours[k] = colour;
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < days.size(); i++) {
                Double v = days.get(i).scores().get(key);
                if (v == null) {
                    continue;
                }
                double x = LEFT + (i + 0.5) * colW;
                double y = top + height - v / max * height;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                s.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>"
                                + "%s %s: %s</title></circle>\n",
                        x, y, colour, days.get(i).date(), ConcentrationChart.escape(labels.get(k)), one(v)));
            }
            if (!pts.isEmpty()) {
                s.append("<polyline fill=\"none\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"1.8\"" + " points=\"")
                    .append(pts.toString().trim())
                    .append("\"/>\n");
            }
        }
        legend(s, top - 14, labels.toArray(String[]::new), colours);
    }

    /** Day labels (at most about ten) under a panel whose bottom is {@code bottom}. */
    private static void dayAxis(StringBuilder s, List<Day> days, int bottom) {
        double colW = (double) PLOT_W / days.size();
        int every = Math.max(1, (int) Math.ceil(days.size() / 10.0));
        for (int i = 0; i < days.size(); i += every) {
            double x = LEFT + (i + 0.5) * colW;
            text(s, x, bottom + 18, "middle", 11, "normal", days.get(i).date().toString().substring(5));
        }
        text(s, LEFT + PLOT_W / 2.0, bottom + 38, "middle", 13, "normal", "Day (patient's time zone)");
    }

    private static void panel(StringBuilder s, int top, int height, double[] ticks, double max, String unit) {
        s.append("<g stroke=\"#ddd\" stroke-width=\"1\">\n");
        for (double t : ticks) {
            double y = top + height - t / max * height;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>\n", LEFT, y,
                    LEFT + PLOT_W, y));
        }
        s.append("</g>\n");
        s.append(String.format(Locale.ROOT,
                "<g stroke=\"#444\" stroke-width=\"1\"><line x1=\"%d\" y1=\"%d\""
                        + " x2=\"%d\" y2=\"%d\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></g>\n",
                LEFT, top + height, LEFT + PLOT_W, top + height, LEFT, top, LEFT, top + height));
        for (double t : ticks) {
            double y = top + height - t / max * height;
            text(s, LEFT - 8, y + 4, "end", 11, "normal", one(t));
        }
        double cy = top + height / 2.0;
        s.append(
                String.format(Locale.ROOT,
                        "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\""
                                + " transform=\"rotate(-90 18 %.1f)\">%s</text>\n",
                        cy, cy, ConcentrationChart.escape(unit)));
    }

    private static void flush(StringBuilder s, StringBuilder planned) {
        if (!planned.isEmpty()) {
            s.append("<polyline class=\"planned\" fill=\"none\" stroke=\"#08306b\" stroke-width=\"2.2\" points=\"")
                .append(planned.toString().trim())
                .append("\"/>\n");
            planned.setLength(0);
        }
    }

    private static void legend(StringBuilder s, double y, String[] labels, String[] colours) {
        double x = LEFT;
        for (int i = 0; i < labels.length; i++) {
            if ("bar".equals(colours[i])) {
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"18\" height=\"10\"" + " fill=\"#74a9cf\"/>\n", x, y - 5));
            }
            else {
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                        + " stroke=\"%s\" stroke-width=\"2\"/>\n", x, y, x + 18, y, colours[i]));
            }
            text(s, x + 24, y + 4, "start", 12, "normal", labels[i]);
            x += 24 + 7 * labels[i].length() + 22;
        }
    }

    private static void text(StringBuilder s, double x, double y, String anchor, int size, String weight,
            String content) {
        s.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\"" + " font-weight=\"%s\">%s</text>\n",
                x, y, anchor, size, weight, ConcentrationChart.escape(content)));
    }

    private static double v(BigDecimal b) {
        return b == null ? 0 : b.doubleValue();
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

    private static String one(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%d", (long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

}
