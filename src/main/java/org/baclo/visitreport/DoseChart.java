package org.baclo.visitreport;

import java.math.BigDecimal;
import java.util.List;
import org.baclo.report.PlanDocument.StepDoc;

/**
 * A small SVG bar chart of the plan: the daily dose of each step, labelled with the
 * step's first day.
 */
final class DoseChart {

    static final String TITLE = "Daily baclofen dose by plan step (mg/day)";

    private static final int W = 640;

    private static final int H = 260;

    private static final int LEFT = 50;

    private static final int BOTTOM = 50;

    private static final int TOP = 30;

    private DoseChart() {
    }

    static String svg(List<StepDoc> steps) {
        double max = steps.stream().map(StepDoc::dailyMg).map(BigDecimal::doubleValue).max(Double::compare).orElse(1.0);
        max = max <= 0 ? 1 : max;
        int plotW = W - LEFT - 20;
        int plotH = H - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
            .append(W)
            .append("\" height=\"")
            .append(H)
            .append("\" viewBox=\"0 0 ")
            .append(W)
            .append(' ')
            .append(H)
            .append("\">");
        s.append("<text x=\"")
            .append(W / 2)
            .append("\" y=\"18\" text-anchor=\"middle\" font-size=\"14\"" + " font-family=\"sans-serif\">")
            .append(TITLE)
            .append("</text>");
        s.append("<line x1=\"")
            .append(LEFT)
            .append("\" y1=\"")
            .append(TOP + plotH)
            .append("\" x2=\"")
            .append(LEFT + plotW)
            .append("\" y2=\"")
            .append(TOP + plotH)
            .append("\" stroke=\"black\"/>");
        s.append("<text x=\"")
            .append(LEFT - 6)
            .append("\" y=\"")
            .append(TOP + 10)
            .append("\" text-anchor=\"end\"" + " font-size=\"11\" font-family=\"sans-serif\">")
            .append(label(max))
            .append("</text>");
        int n = Math.max(1, steps.size());
        double bw = (double) plotW / n;
        for (int i = 0; i < steps.size(); i++) {
            StepDoc st = steps.get(i);
            double h = st.dailyMg().doubleValue() / max * plotH;
            double x = LEFT + i * bw + bw * 0.1;
            s.append(String.format(java.util.Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"" + " fill=\"#3b6ea5\"/>", x,
                    TOP + plotH - h, bw * 0.8, h));
            s.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                            + " font-size=\"10\" font-family=\"sans-serif\">%s</text>",
                    x + bw * 0.4, TOP + plotH - h - 4, label(st.dailyMg().doubleValue())));
            if (steps.size() <= 12 || i % 2 == 0) {
                s.append(String.format(java.util.Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\""
                                + " font-size=\"9\" font-family=\"sans-serif\">%s</text>",
                        x + bw * 0.4, TOP + plotH + 14, st.startDate().substring(5)));
            }
        }
        s.append("<text x=\"")
            .append(LEFT + plotW / 2)
            .append("\" y=\"")
            .append(H - 10)
            .append("\""
                    + " text-anchor=\"middle\" font-size=\"11\" font-family=\"sans-serif\">First day of step</text>");
        return s.append("</svg>").toString();
    }

    private static String label(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

}
