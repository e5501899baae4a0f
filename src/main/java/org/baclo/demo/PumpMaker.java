package org.baclo.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.baclo.knowledge.ItbTitration;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.PumpModel;
import org.baclo.knowledge.RefillRules;
import org.baclo.units.McgPerMl;
import org.baclo.units.Millilitres;

/**
 * An intrathecal pump and its refills. The pump model, reservoirs, alarm volume,
 * concentrations, maintenance dose ranges and refill interval rules come from the
 * knowledge base (BACLOFEN.md §10): each refill comes when the pump would reach the alarm
 * volume less the clinic buffer, or at the maximum interval, whichever is first.
 */
final class PumpMaker {

    private static final Set<String> CEREBRAL = Set.of("stroke", "brain-injury", "cerebral-palsy");

    record GenRefill(LocalDateTime at, BigDecimal residualMl, BigDecimal expectedMl, BigDecimal volumeMl,
            BigDecimal concentration, BigDecimal doseMcgDay) {
    }

    record GenPump(String model, BigDecimal reservoirMl, BigDecimal alarmMl, LocalDate implantDate, String origin,
            int bufferDays, List<GenRefill> refills) {
    }

    private final PumpModel model;

    private final RefillRules rules;

    private final List<ItbTitration> titration;

    private final List<BigDecimal> concentrations;

    PumpMaker(Knowledge k) {
        this.model = k.intrathecal().pumps().get(0);
        this.rules = k.intrathecal().refill();
        this.titration = k.intrathecal().titration();
        // the maintenance concentrations (the lowest one is for screening)
        this.concentrations = k.intrathecalProducts()
            .stream()
            .flatMap(p -> p.concentrations().stream())
            .map(McgPerMl::value)
            .filter(v -> v.compareTo(BigDecimal.valueOf(500)) >= 0)
            .distinct()
            .sorted()
            .toList();
    }

    GenPump make(GenPatient p, SplittableRandom r, LocalDate end) {
        String origin = CEREBRAL.contains(p.indication()) ? "CEREBRAL" : "SPINAL";
        ItbTitration t = titration.stream()
            .filter(x -> x.origin().equalsIgnoreCase(origin))
            .findFirst()
            .orElse(titration.get(0));
        double min = t.maintenance().min().doubleValue();
        double max = t.maintenance().max().doubleValue();
        double dose = Math.round((min + (max - min) * r.nextDouble()) / 10) * 10.0;
        List<Millilitres> reservoirs = model.reservoirs();
        double reservoir = reservoirs.get(r.nextInt(reservoirs.size())).value().doubleValue();
        double alarm = model.alarmVolume().value().doubleValue();
        double conc = concentrations.get(r.nextInt(concentrations.size())).doubleValue();
        int buffer = (int) rules.clinicBuffer().toDays();
        long maxDays = rules.maxInterval().toDays();
        List<GenRefill> refills = new ArrayList<>();
        LocalDateTime at = p.historyStart().atTime(9 + r.nextInt(7), 0);
        Double expected = null;
        Double residual = null;
        while (!at.toLocalDate().isAfter(end)) {
            refills.add(new GenRefill(at, residual == null ? null : GenWriter.ml(residual),
                    expected == null ? null : GenWriter.ml(expected),
                    GenWriter.ml(reservoir - (residual == null ? 0 : residual)),
                    BigDecimal.valueOf(conc).setScale(2, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(dose).setScale(2, RoundingMode.HALF_UP)));
            double perDay = dose / conc;
            long toAlarm = (long) Math.floor((reservoir - alarm) / perDay);
            long days = Math.max(1, Math.min(toAlarm - buffer, maxDays)) - r.nextInt(5);
            days = Math.max(1, days);
            expected = Math.max(0, reservoir - perDay * days);
            residual = Math.max(0, expected + (r.nextDouble() - 0.5));
            at = at.plusDays(days).withHour(9 + r.nextInt(7));
        }
        return new GenPump(model.name(), GenWriter.ml(reservoir), GenWriter.ml(alarm), p.historyStart().minusDays(30),
                origin, buffer, refills);
    }

}
