package org.baclo.regimen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.baclo.units.MgPerMl;
import org.baclo.units.Milligrams;
import org.baclo.units.Millilitres;

/** Dispense totals: how much of each product strength a whole regimen takes. */
public final class Dispense {

    private Dispense() {
    }

    /**
     * One line per tablet or packet strength (largest first), or one line for a liquid.
     */
    public static List<DispenseLine> of(Regimen regimen) {
        Map<Milligrams, long[]> solids = new TreeMap<>(Comparator.reverseOrder());
        Millilitres ml = new Millilitres(BigDecimal.ZERO);
        Optional<MgPerMl> concentration = Optional.empty();
        String unit = null;
        for (Step s : regimen.steps()) {
            long days = s.days();
            for (Dose d : s.doses()) {
                unit = d.amount().unit();
                if (d.amount() instanceof LiquidAmount l) {
                    ml = ml.plus(new Millilitres(l.volume().value().multiply(BigDecimal.valueOf(days))));
                    concentration = Optional.of(l.concentration());
                }
                else if (d.amount() instanceof SolidAmount sa) {
                    for (Pieces p : sa.pieces()) {
                        long[] wh = solids.computeIfAbsent(p.strength(), x -> new long[2]);
                        wh[0] += p.whole() * days;
                        wh[1] += p.halves() * days;
                    }
                }
            }
        }
        List<DispenseLine> out = new ArrayList<>();
        if (concentration.isPresent()) {
            out.add(new DispenseLine(regimen.productId(), Optional.empty(), concentration, ml.value(), "mL",
                    ml.amountAt(concentration.get())));
        }
        for (Map.Entry<Milligrams, long[]> e : solids.entrySet()) {
            long whole = e.getValue()[0];
            long halves = e.getValue()[1];
            BigDecimal units = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)));
            BigDecimal toDispense = units.setScale(0, RoundingMode.CEILING);
            out.add(new DispenseLine(regimen.productId(), Optional.of(e.getKey()), Optional.empty(), toDispense, unit,
                    e.getKey().times(units)));
        }
        return out;
    }

}
