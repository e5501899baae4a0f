package org.baclo.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.baclo.units.Micrograms;
import org.baclo.units.Millilitres;

/**
 * Reads itb.yaml: screening, pump start, titration, pumps, refills and the boxed
 * warnings.
 */
final class ItbReader {

    private ItbReader() {
    }

    static Intrathecal readItb(Node file) {
        Node s = file.child("screening");
        ItbScreening screening = new ItbScreening(s.quantity("bolus", "mcg", Micrograms::new),
                s.quantity("bolusVolume", "mL", Millilitres::new), s.duration("minInjectionTime"),
                s.range("observation", "h"), s.quantityList("escalation", "mcg", Micrograms::new),
                s.duration("escalationInterval"), s.quantity("nonResponderAbove", "mcg", Micrograms::new),
                s.range("onset", "min"), s.range("peak", "h"), s.sources(), s.confidence());
        s.finish();
        Node p = file.child("pumpStart");
        PumpStart start = new PumpStart(p.text("rule"), p.number("factor", 0.1, 10),
                p.duration("sameDoseIfEffectLongerThan"), p.sources(), p.confidence());
        p.finish();
        List<ItbTitration> titration = new ArrayList<>();
        for (Node n : file.entries("titration", "titration", "origin")) {
            titration.add(new ItbTitration(n.text("origin"), n.optRange("dailyIncrease", "%"),
                    n.optRange("refillIncrease", "%"), n.optRange("sideEffectDecrease", "%"),
                    n.range("maintenance", "mcg/day"), n.sources(), n.confidence()));
            n.finish();
        }
        List<PumpModel> pumps = new ArrayList<>();
        for (Node n : file.entries("pumps", "pump", "id")) {
            pumps.add(new PumpModel(Checks.id(n), n.text("name"), n.quantityList("reservoirs", "mL", Millilitres::new),
                    n.quantity("alarmVolume", "mL", Millilitres::new), n.confidence("alarmVolumeConfidence"),
                    n.sources(), n.confidence()));
            n.finish();
        }
        Node r = file.child("refill");
        Node maxSrc = r;
        RefillRules refill = new RefillRules(r.duration("maxInterval"), sourcesOf(maxSrc, "maxIntervalSource"),
                r.duration("clinicBuffer"), r.quantity("residualTolerance", "mL", Millilitres::new),
                r.quantity("residualTolerancePercent", "%", Checks::positive), r.text("arithmetic"), r.sources(),
                r.confidence());
        r.finish();
        TextFact boxed = Checks.textFact(file.child("boxedWarning"), "itb-boxed-warning", "text");
        TextFact epidural = Checks.textFact(file.child("epiduralMorphine"), "itb-epidural-morphine", "text");
        file.finish();
        return new Intrathecal(screening, start, titration, pumps, refill, boxed, epidural);
    }

    static List<String> sourcesOf(Node n, String field) {
        List<String> keys = n.textList(field);
        for (String k : keys) {
            if (!n.problems().knownSource(k)) {
                n.problem(field, "unknown source key '" + k + "' (not in sources.yaml)");
            }
        }
        return keys;
    }

}
