package org.baclo.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.baclo.knowledge.Condition;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.OralProduct;
import org.baclo.knowledge.Severity;
import org.baclo.regimen.AppliedRule;
import org.baclo.regimen.DispenseLine;
import org.baclo.regimen.Dose;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.PlanKind;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.RenalAssessment;
import org.baclo.regimen.Step;
import org.baclo.safety.CheckedPlan;
import org.baclo.safety.Finding;

/**
 * The plan as readable text: header, steps table, dispense totals, why, findings by
 * severity.
 */
final class PlanTextRenderer {

    private PlanTextRenderer() {
    }

    static String render(CheckedPlan p, Knowledge k) {
        StringBuilder out = new StringBuilder();
        Regimen r = p.regimen();
        boolean taper = r.kind() == PlanKind.TAPER;
        String title = "BACLOFEN " + (taper ? "TAPER" : "TITRATION") + " PLAN";
        out.append(title).append('\n').append("=".repeat(title.length())).append('\n');
        String product = k.oralProduct(r.productId()).map(OralProduct::name).orElse(r.productId());
        out.append("Product: ")
            .append(product)
            .append(" (")
            .append(r.productId())
            .append("); ")
            .append(r.frequency())
            .append(" (")
            .append(r.frequency().words())
            .append("); times in ")
            .append(r.timeZone().getId())
            .append('\n');
        r.fromMgDay().ifPresent(f -> out.append("Current dose: ").append(f).append("/day\n"));
        r.targetMgDay()
            .ifPresent(t -> out.append(taper ? "Taper to: " : "Target: ")
                .append(t.isZero() ? "stop" : t + "/day")
                .append('\n'));
        r.reason().ifPresent(x -> out.append("Reason: ").append(x.id()).append('\n'));
        p.context().ifPresent(c -> patient(out, c));
        p.renal().ifPresent(x -> kidney(out, x));
        r.override().ifPresent(o -> out.append("CLINICIAN OVERRIDE: ").append(o).append('\n'));
        steps(out, r);
        dispense(out, p.dispense());
        why(out, r.appliedRules());
        findings(out, p.findings());
        out.append('\n').append(TopicRenderer.NOTICE).append('\n');
        return out.toString();
    }

    private static void patient(StringBuilder out, PatientContext c) {
        List<String> parts = new ArrayList<>(List.of(c.ageYears() + " years", c.sex().id(), c.weight().format(1)));
        if (c.pregnant()) {
            parts.add("pregnant");
        }
        if (c.dialysis()) {
            parts.add("on dialysis");
        }
        parts.add("indication " + c.indication().id());
        out.append("Patient: ").append(String.join(", ", parts)).append('\n');
        if (!c.conditions().isEmpty()) {
            out.append("Conditions: ")
                .append(c.conditions().stream().map(Condition::id).collect(Collectors.joining(", ")))
                .append('\n');
        }
        if (!c.medications().isEmpty()) {
            out.append("Co-medications: ")
                .append(c.medications()
                    .stream()
                    .map(m -> m.isKnown() ? m.label() : m.entered() + " (unknown)")
                    .collect(Collectors.joining(", ")))
                .append('\n');
        }
    }

    private static void kidney(StringBuilder out, RenalAssessment r) {
        out.append("Kidney function: CrCl ")
            .append(r.crcl().value().format(1))
            .append(" (")
            .append(r.crcl().method().id())
            .append(": ")
            .append(r.crcl().calculation())
            .append(")")
            .append(r.crcl().source().isEmpty() ? "" : " [" + String.join(", ", r.crcl().source()) + "]")
            .append(" → renal band ")
            .append(r.band())
            .append('\n');
    }

    private static void steps(StringBuilder out, Regimen r) {
        out.append("\nSteps\n-----\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "#", "From", "To", "Days", "mg/day", "Doses" });
        int i = 1;
        for (Step s : r.steps()) {
            rows.add(new String[] { String.valueOf(i++), s.startDate().toString(), s.endDate().toString(),
                    String.valueOf(s.days()), s.dailyMg().value().toPlainString(), doses(s) });
        }
        int[] w = new int[5];
        for (String[] row : rows) {
            for (int c = 0; c < 5; c++) {
                w[c] = Math.max(w[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < 5; c++) {
                String cell = c >= 3 ? pad(row[c], w[c], true) : pad(row[c], w[c], false);
                line.append(cell).append("  ");
            }
            line.append(row[5]);
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /**
     * "2.5 mg (½ tablet of 5 mg) at 08:00, 14:00, 20:00", or each dose when they differ.
     */
    private static String doses(Step s) {
        if (s.isStop()) {
            return "stop: no baclofen from this day";
        }
        List<Dose> d = s.doses();
        boolean same = d.stream().allMatch(x -> x.amount().equals(d.get(0).amount()));
        if (same) {
            return d.get(0).mg() + " (" + d.get(0).amount().text() + ") at "
                    + d.stream().map(x -> x.time().toString()).collect(Collectors.joining(", "));
        }
        return d.stream()
            .map(x -> x.time() + " " + x.mg() + " (" + x.amount().text() + ")")
            .collect(Collectors.joining("; "));
    }

    private static void dispense(StringBuilder out, List<DispenseLine> lines) {
        out.append("\nDispense for the whole plan\n--------------------------\n");
        if (lines.isEmpty()) {
            out.append("  nothing\n");
        }
        for (DispenseLine l : lines) {
            out.append("  ").append(l.text()).append(" (").append(l.totalMg()).append(" in all)\n");
        }
    }

    private static void why(StringBuilder out, List<AppliedRule> rules) {
        if (rules.isEmpty()) {
            return;
        }
        out.append("\nWhy this plan\n-------------\n");
        for (AppliedRule a : rules) {
            TopicRenderer.wrap(out, "• " + a.text() + "  [" + a.sourceText() + "]", "  ");
        }
    }

    private static void findings(StringBuilder out, List<Finding> findings) {
        out.append("\nFindings\n--------\n");
        if (findings.isEmpty()) {
            out.append("  none\n");
        }
        for (Severity s : List.of(Severity.CRITICAL, Severity.WARNING, Severity.CAUTION, Severity.INFO)) {
            List<Finding> of = findings.stream().filter(f -> f.severity() == s).toList();
            if (of.isEmpty()) {
                continue;
            }
            out.append("  ").append(s.name()).append(" (").append(of.size()).append(")\n");
            for (Finding f : of) {
                TopicRenderer.wrap(out,
                        f.code() + ": " + f.message() + "  [" + f.sourceText() + "; " + f.confidence() + "]", "    ");
            }
        }
    }

    private static String pad(String s, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - s.length()));
        return right ? space + s : s + space;
    }

}
