package org.baclo.knowledge;

import java.time.Duration;

/** Reads followup.yaml and checks that its thresholds fit together. */
final class FollowUpReader {

    private final Node file;

    FollowUpReader(Node file) {
        this.file = file;
    }

    FollowUpRules read() {
        Node w = file.child("withdrawal");
        Duration warning = w.duration("warningAfter");
        Duration critical = w.duration("criticalAfter");
        if (warning != null && critical != null && critical.compareTo(warning) <= 0) {
            w.problem("criticalAfter", "must be longer than warningAfter (" + warning.toHours() + " h)");
        }
        FollowUpRules.Withdrawal withdrawal = new FollowUpRules.Withdrawal(warning, critical, w.optText("note"),
                w.sources(), w.confidence());
        w.finish();

        Node t = file.child("trend");
        FollowUpRules.Trend trend = new FollowUpRules.Trend(days(t, "window"), percent(t, "change"), t.sources(),
                t.confidence());
        t.finish();

        Node a = file.child("adherence");
        FollowUpRules.Adherence adherence = new FollowUpRules.Adherence(days(a, "window"), percent(a, "below"),
                a.sources(), a.confidence());
        a.finish();

        Node o = file.child("overDose");
        FollowUpRules.OverDose overDose = new FollowUpRules.OverDose(o.sources(), o.confidence());
        o.finish();

        Node m = file.child("missedDose");
        TextFact missed = new TextFact("missed-dose", m.text("text"), m.sources(), m.confidence());
        m.finish();
        file.finish();
        return new FollowUpRules(withdrawal, trend, adherence, overDose, missed);
    }

    private static Duration days(Node n, String field) {
        Duration d = n.duration(field);
        if (d != null && (d.toHours() % 24 != 0 || d.toDays() < 1)) {
            n.problem(field, "must be a whole number of days");
        }
        return d;
    }

    private static int percent(Node n, String field) {
        java.math.BigDecimal v = n.number(field, 1, 99);
        return v == null ? 0 : v.intValue();
    }

}
