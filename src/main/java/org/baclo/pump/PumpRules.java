package org.baclo.pump;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.baclo.knowledge.IntrathecalProduct;
import org.baclo.knowledge.ItbTitration;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Range;
import org.baclo.knowledge.RefillRules;
import org.baclo.knowledge.Severity;
import org.baclo.knowledge.Substance;
import org.baclo.safety.Finding;
import org.baclo.safety.FindingCode;
import org.baclo.units.McgPerDay;
import org.baclo.units.McgPerMl;
import org.baclo.units.Millilitres;
import org.baclo.units.MlPerDay;

/**
 * The intrathecal pump rules (BACLOFEN.md §10): refill dates, residual, dose changes,
 * products, co-medications.
 */
public final class PumpRules {

    /** The finding codes these rules raise (the oral safety rules raise the others). */
    public static final java.util.Set<FindingCode> CODES = java.util.EnumSet.of(FindingCode.ITB_CONCENTRATION_UNLISTED,
            FindingCode.RESIDUAL_DISCREPANCY, FindingCode.ITB_TITRATION_TOO_FAST, FindingCode.ITB_DOSE_ABOVE_USUAL,
            FindingCode.INTERACTION_ITB_EPIDURAL_MORPHINE);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Knowledge knowledge;

    public PumpRules(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * The dates of a fill; {@code buffer} is the clinic's refill buffer (default from
     * itb.yaml when empty).
     */
    public RefillSchedule schedule(Fill fill, Optional<Duration> buffer) {
        RefillRules rules = knowledge.intrathecal().refill();
        MlPerDay daily = fill.prescription().dailyVolume();
        Millilitres aboveAlarm = fill.volume().isGreaterThan(fill.alarm())
                ? new Millilitres(fill.volume().value().subtract(fill.alarm().value()))
                : new Millilitres(BigDecimal.ZERO);
        LocalDateTime alarm = plusDays(fill.filledAt(), daily.daysFor(aboveAlarm));
        LocalDateTime empty = plusDays(fill.filledAt(), daily.daysFor(fill.volume()));
        LocalDateTime stability = fill.filledAt().plus(rules.maxInterval());
        LocalDateTime bufferedAlarm = alarm.minus(buffer.orElse(rules.clinicBuffer()));
        LocalDateTime due = bufferedAlarm.isBefore(stability) ? bufferedAlarm : stability;
        List<Finding> findings = new ArrayList<>();
        concentration(fill.prescription().concentration()).ifPresent(findings::add);
        return new RefillSchedule(daily, alarm.toLocalDate(), empty.toLocalDate(), stability.toLocalDate(),
                due.toLocalDate(), findings);
    }

    /** How long the drug is stable in the pump (fill + this = the stability limit). */
    public Duration stabilityInterval() {
        return knowledge.intrathecal().refill().maxInterval();
    }

    /**
     * ITB_CONCENTRATION_UNLISTED when no intrathecal product comes in this concentration.
     */
    public Optional<Finding> concentration(McgPerMl c) {
        if (listed(c)) {
            return Optional.empty();
        }
        List<IntrathecalProduct> products = knowledge.intrathecalProducts();
        String list = products.stream()
            .map(p -> p.name() + " "
                    + p.concentrations().stream().map(x -> x.value().toPlainString()).collect(Collectors.joining(", "))
                    + " mcg/mL")
            .collect(Collectors.joining("; "));
        List<String> source = products.stream().flatMap(p -> p.source().stream()).distinct().toList();
        return Optional.of(new Finding(FindingCode.ITB_CONCENTRATION_UNLISTED, Severity.WARNING,
                c + " is not a" + " concentration of a listed intrathecal product: check the product and the unit.",
                "Listed: " + list + ".", source, products.get(0).confidence()));
    }

    /** True when some intrathecal product comes in this concentration. */
    public boolean listed(McgPerMl c) {
        return knowledge.intrathecalProducts()
            .stream()
            .flatMap(p -> p.concentrations().stream())
            .anyMatch(x -> x.compareTo(c) == 0);
    }

    /**
     * True when {@code c} read as mg/mL (× 1000) is a listed mcg/mL concentration: most
     * likely a unit mix-up.
     */
    public boolean looksLikeMgPerMl(BigDecimal c) {
        return c.signum() > 0 && listed(new McgPerMl(c.multiply(BigDecimal.valueOf(1000))));
    }

    /**
     * RESIDUAL_DISCREPANCY when the volume withdrawn at a refill differs from the
     * expected residual by more than the tolerance: the larger of the absolute tolerance
     * (2 mL) and the percentage (20%) of the expected residual.
     */
    public Optional<Finding> residual(Millilitres expected, Millilitres actual) {
        RefillRules rules = knowledge.intrathecal().refill();
        BigDecimal diff = actual.value().subtract(expected.value());
        BigDecimal pct = expected.value()
            .multiply(rules.residualTolerancePercent())
            .divide(HUNDRED, 4, RoundingMode.HALF_UP);
        BigDecimal tolerance = pct.max(rules.residualTolerance().value());
        if (diff.abs().compareTo(tolerance) <= 0) {
            return Optional.empty();
        }
        String meaning = diff.signum() > 0
                ? "More is left than expected: under-delivery (catheter occlusion, kink or disconnection, pump"
                        + " stall) — the patient may be in withdrawal; check for its signs now."
                : "Less is left than expected: over-delivery or loss (pump fault, a refill into the pocket, a wrong"
                        + " programme) — check for overdose signs.";
        return Optional.of(new Finding(FindingCode.RESIDUAL_DISCREPANCY, Severity.WARNING,
                "Residual withdrawn " + actual.format(1) + ", expected " + expected.format(1) + " (difference "
                        + diff.setScale(1, RoundingMode.HALF_UP).toPlainString() + " mL, tolerance "
                        + tolerance.setScale(1, RoundingMode.HALF_UP).toPlainString() + " mL). " + meaning,
                "Expected residual = volume after the last fill − the daily volume × the days since, summed over"
                        + " every prescription in force; flagged beyond the larger of "
                        + rules.residualTolerance().format(1) + " and "
                        + rules.residualTolerancePercent().toPlainString() + "%.",
                rules.source(), rules.confidence()));
    }

    /**
     * A proposed daily dose against the current one: ITB_TITRATION_TOO_FAST beyond the
     * label's step for the origin (once per 24 h, or at a refill; decreases beyond the
     * side-effect range), ITB_DOSE_ABOVE_USUAL above the usual maintenance range.
     */
    public List<Finding> doseChange(McgPerDay current, McgPerDay proposed, Origin origin, boolean atRefill) {
        if (current.isZero()) {
            throw new IllegalArgumentException("current: must be above 0 mcg/day");
        }
        ItbTitration t = titration(origin.id());
        List<Finding> out = new ArrayList<>();
        BigDecimal change = proposed.value()
            .subtract(current.value())
            .multiply(HUNDRED)
            .divide(current.value(), 1, RoundingMode.HALF_UP);
        String step = "from " + current.format(1) + " to " + proposed.format(1) + " ("
                + (change.signum() > 0 ? "+" : "") + change.toPlainString() + "%)";
        if (change.signum() > 0) {
            Optional<Range> limit = atRefill ? t.refillIncrease() : t.dailyIncrease();
            if (limit.isPresent() && change.compareTo(limit.get().max()) > 0) {
                out.add(new Finding(FindingCode.ITB_TITRATION_TOO_FAST, Severity.WARNING,
                        "Increase " + step + " is more than the +" + limit.get().max().toPlainString()
                                + "% the label allows " + (atRefill ? "at a refill" : "once per 24 h") + " for "
                                + origin.id() + " spasticity.",
                        "Intrathecal titration (" + origin.id() + "): +"
                                + t.dailyIncrease().map(Range::toString).orElse("?") + " once per 24 h; +"
                                + t.refillIncrease().map(Range::toString).orElse("?") + " at refills.",
                        t.source(), t.confidence()));
            }
        }
        else if (change.signum() < 0) {
            Optional<Range> limit = t.sideEffectDecrease();
            if (limit.isPresent() && change.negate().compareTo(limit.get().max()) > 0) {
                out.add(new Finding(FindingCode.ITB_TITRATION_TOO_FAST, Severity.WARNING,
                        "Decrease " + step + " is more than the −" + limit.get().max().toPlainString()
                                + "% step the label gives for" + " side effects: a larger drop risks withdrawal.",
                        "Intrathecal decreases for side effects: −" + limit.get() + ".", t.source(), t.confidence()));
            }
        }
        Range usual = t.maintenance();
        if (proposed.value().compareTo(usual.max()) > 0) {
            out.add(new Finding(FindingCode.ITB_DOSE_ABOVE_USUAL, Severity.CAUTION,
                    proposed.format(1) + " is above the" + " usual maintenance range for " + origin.id()
                            + " spasticity (" + usual + ").",
                    "Usual intrathecal maintenance doses (label).", t.source(), t.confidence()));
        }
        return out;
    }

    /**
     * INTERACTION_ITB_EPIDURAL_MORPHINE for a co-medication named as epidural morphine
     * (any morphine product).
     */
    public List<Finding> medications(List<String> names) {
        List<Finding> out = new ArrayList<>();
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.contains("epidural")) {
                continue;
            }
            String drug = lower.replace("epidural", "").replaceAll("[()]", " ").trim();
            Optional<Substance> s = knowledge.substance(drug);
            if (s.isPresent() && s.get().classes().contains("epidural-morphine")) {
                var fact = knowledge.interactionClass("epidural-morphine").orElseThrow();
                out.add(new Finding(FindingCode.INTERACTION_ITB_EPIDURAL_MORPHINE, Severity.WARNING,
                        name + " with intrathecal baclofen: " + fact.effect(), fact.name() + ".", fact.source(),
                        fact.confidence()));
            }
        }
        return out;
    }

    private ItbTitration titration(String origin) {
        return knowledge.intrathecal()
            .titration()
            .stream()
            .filter(t -> t.origin().equals(origin))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("itb.yaml has no titration for " + origin));
    }

    private static LocalDateTime plusDays(LocalDateTime start, BigDecimal days) {
        long minutes = days.multiply(BigDecimal.valueOf(24 * 60)).setScale(0, RoundingMode.FLOOR).longValueExact();
        return start.plusMinutes(minutes);
    }

}
