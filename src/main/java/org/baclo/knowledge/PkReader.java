package org.baclo.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.math.BigDecimal;
import java.util.Optional;
import org.baclo.units.Hours;
import org.baclo.units.Kilograms;
import org.baclo.units.Litres;
import org.baclo.units.LitresPerHour;
import org.baclo.units.MlPerMin;
import org.baclo.units.PerHour;

/** Reads pk.yaml: facts and parameter sets (the default set must be there). */
final class PkReader {

    private PkReader() {
    }

    static Pharmacokinetics readPk(Node file) {
        List<PkFact> facts = new ArrayList<>();
        Checks.Unique factIds = new Checks.Unique("id");
        for (Node n : file.entries("facts", "pk fact", "id")) {
            PkFact f = new PkFact(Checks.id(n), n.text("text"), n.optNumber("value", 0, 1e6), n.sources(),
                    n.confidence());
            factIds.check(n, f.id());
            n.finish();
            facts.add(f);
        }
        List<PkParameterSet> sets = new ArrayList<>();
        Checks.Unique setIds = new Checks.Unique("id");
        for (Node n : file.entries("parameterSets", "parameter set", "id")) {
            String id = Checks.id(n);
            setIds.check(n, id);
            PkModel model = n.enumValue("model", PkModel.class);
            Optional<LitresPerHour> cl = n.optQuantity("clearance", "L/h",
                    b -> new LitresPerHour(Checks.positive(b).doubleValue()));
            Optional<Litres> v = n.optQuantity("volume", "L", b -> new Litres(Checks.positive(b).doubleValue()));
            Optional<PerHour> ka = n.optQuantity("ka", "/h", b -> new PerHour(Checks.positive(b).doubleValue()));
            Optional<BigDecimal> clKg = n.optQuantity("clearancePerKg", "L/h/kg", Checks::positive);
            Optional<BigDecimal> vKg = n.optQuantity("volumePerKg", "L/kg", Checks::positive);
            Optional<Hours> mtt = n.optQuantity("meanTransitTime", "h",
                    b -> new Hours(Checks.positive(b).doubleValue()));
            Optional<Kilograms> refWt = n.optQuantity("referenceWeight", "kg", Kilograms::new);
            Optional<MlPerMin> refCrcl = n.optQuantity("referenceCrcl", "mL/min",
                    b -> new MlPerMin(Checks.positive(b)));
            Optional<BigDecimal> fe = n.optNumber("fractionRenal", 0, 1);
            Optional<BigDecimal> clExp = n.optNumber("clearanceWeightExponent", 0, 2);
            Optional<BigDecimal> vExp = n.optNumber("volumeWeightExponent", 0, 2);
            Variability iiv = n.optChild("iiv").map(c -> {
                Variability iv = new Variability(c.optNumber("clearance", 0, 3), c.optNumber("volume", 0, 3));
                c.finish();
                return iv;
            }).orElse(new Variability(Optional.empty(), Optional.empty()));
            if (cl.isEmpty() && clKg.isEmpty()) {
                n.problem("clearance", "is missing: give clearance (L/h) or clearancePerKg (L/h/kg)");
            }
            if (v.isEmpty() && vKg.isEmpty()) {
                n.problem("volume", "is missing: give volume (L) or volumePerKg (L/kg)");
            }
            if (model == PkModel.ONE_COMPARTMENT_FIRST_ORDER && ka.isEmpty()) {
                n.problem("ka", "is missing: a first-order absorption model needs ka in /h");
            }
            if (model == PkModel.TRANSIT_ABSORPTION && mtt.isEmpty()) {
                n.problem("meanTransitTime", "is missing: a transit absorption model needs a mean transit time");
            }
            if (fe.isPresent() != refCrcl.isPresent()) {
                n.problem("fractionRenal", "a renal covariate needs both fractionRenal and referenceCrcl");
            }
            sets.add(new PkParameterSet(id, n.text("name"), n.text("population"), model, cl, v, ka, clKg, vKg, mtt,
                    refWt, refCrcl, fe, clExp, vExp, iiv, n.optText("note"), n.sources(), n.confidence()));
            n.finish();
        }
        if (sets.stream().noneMatch(s -> Pharmacokinetics.DEFAULT_SET.equals(s.id()))) {
            file.problem("parameterSets", "the default set '" + Pharmacokinetics.DEFAULT_SET + "' is missing");
        }
        file.finish();
        return new Pharmacokinetics(facts, sets);
    }

}
