package org.baclo.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.OralProduct;
import org.baclo.knowledge.TaperDefaults;
import org.baclo.regimen.Dispense;
import org.baclo.regimen.DispenseLine;
import org.baclo.regimen.Dose;
import org.baclo.regimen.DoseLimits;
import org.baclo.regimen.DoseMaker;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.LiquidAmount;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.Pieces;
import org.baclo.regimen.PlanOptions;
import org.baclo.regimen.RenalAssessment;
import org.baclo.regimen.SolidAmount;
import org.baclo.regimen.Step;
import org.baclo.regimen.TaperReason;
import org.baclo.regimen.TaperRequest;
import org.baclo.regimen.TestPatients;
import org.baclo.regimen.TitrationRequest;
import org.baclo.units.Milligrams;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of every plan over random patients, products, frequencies and targets
 * (QuickTheories shrinks a failure to a small case). Issue 3, "Tests": caps, step size
 * and interval, taper drops, makeable doses, dispense totals.
 */
class PlanPropertiesTest {

    private static final Knowledge K = TestPatients.K;

    private static final PlanService SERVICE = new PlanService(K, TestPatients.CLOCK);

    private static final List<String> PRODUCTS = K.oralProducts().stream().map(OralProduct::id).toList();

    private static final List<Frequency> FREQUENCIES = K.dosing().oral().frequencies();

    private static final int EXAMPLES = 300;

    /**
     * A random patient; kidney function as creatinine (0.2–15 mg/dL), a measured
     * clearance, or dialysis.
     */
    record Patient(int age, boolean female, int weightKg, int renalKind, int renalValue) {
        PatientContext context() {
            TestPatients p = TestPatients.adult().age(age).weight(weightKg);
            if (female) {
                p.female();
            }
            switch (renalKind) {
                case 0 -> p.creatinine(renalValue / 10.0);
                case 1 -> p.crcl(renalValue);
                default -> p.crcl(renalValue % 30).dialysis();
            }
            try {
                return p.build();
            }
            catch (InvalidRequestException e) {
                // an implausible clearance (> 250 mL/min) is refused (KidneyInputsTest);
                // use the highest allowed
                assertThat(e.getMessage()).contains("not plausible");
                return p.crcl(250).build();
            }
        }
    }

    /**
     * A random product, frequency and amount in grid steps; optional chosen step (grid
     * steps) and interval.
     */
    record Choice(int product, int frequency, int gridSteps, int step, int interval) {
        String productId() {
            return PRODUCTS.get(product);
        }

        Frequency freq() {
            return FREQUENCIES.get(frequency);
        }
    }

    private static Gen<Patient> patients() {
        return integers().between(0, 120)
            .zip(booleans().all(), integers().between(2, 400), integers().between(0, 2), integers().between(2, 150),
                    Patient::new);
    }

    /**
     * Half the cases use the default step and interval; small amounts (around the 15
     * mg/day stop limit) are common.
     */
    private static Gen<Choice> choices() {
        Gen<Integer> amount = integers().between(1, 12).mix(integers().between(1, 60));
        Gen<Integer> step = integers().between(0, 8).map(x -> x > 4 ? 0 : x);
        Gen<Integer> interval = integers().between(0, 16).map(x -> x > 8 ? 0 : x);
        return integers().between(0, PRODUCTS.size() - 1)
            .zip(integers().between(0, FREQUENCIES.size() - 1), amount, step, interval, Choice::new);
    }

    private static DoseMaker maker(String productId) {
        return DoseMaker.of(K.oralProduct(productId).orElseThrow(), K.dosing().rounding());
    }

    private static PlanOptions options(Choice c, DoseMaker maker) {
        PlanOptions o = TestPatients.options().withProduct(c.productId()).withFrequency(c.freq());
        return o.withStep(c.step() == 0 ? null : maker.grid().times(c.step()), c.interval() == 0 ? null : c.interval());
    }

    private static boolean has(CheckedPlan p, FindingCode code) {
        return !p.findings(code).isEmpty();
    }

    /**
     * Plans, or accepts the one refusal that depends on the random choice: no makeable
     * dose within the cap.
     */
    private static Optional<CheckedPlan> titrate(Patient pt, Choice c) {
        DoseMaker maker = maker(c.productId());
        Milligrams target = maker.grid().times(c.gridSteps()).times(c.freq().dosesPerDay());
        try {
            return Optional
                .of(SERVICE.titrate(new TitrationRequest(pt.context(), target, Optional.empty(), options(c, maker))));
        }
        catch (InvalidRequestException e) {
            assertThat(e.field()).as(e.getMessage()).isEqualTo("frequency");
            return Optional.empty();
        }
    }

    @Test
    @DisplayName("no step above the daily cap (label, renal, paediatric), no dose above the single-dose maximum")
    void withinCaps() {
        qt().withExamples(EXAMPLES).forAll(patients(), choices()).checkAssert((pt, c) -> titrate(pt, c).ifPresent(p -> {
            DoseLimits limits = DoseLimits.of(K, p.renal(), p.context());
            for (Step s : p.regimen().steps()) {
                assertThat(s.dailyMg()).isLessThanOrEqualTo(limits.dailyCap());
                assertThat(s.largestDose()).isLessThanOrEqualTo(limits.maxSingle());
            }
            assertThat(has(p, FindingCode.DOSE_ABOVE_DAILY_MAX)).isFalse();
            assertThat(has(p, FindingCode.DOSE_ABOVE_SINGLE_MAX)).isFalse();
            boolean capped = p.regimen().targetMgDay().orElseThrow().isGreaterThan(p.regimen().peakDailyMg());
            assertThat(has(p, FindingCode.TARGET_CAPPED)).isEqualTo(capped);
        }));
    }

    @Test
    @DisplayName("no rise larger than the step or sooner than the interval (chosen or default), unless flagged")
    void titrationSpeed() {
        qt().withExamples(EXAMPLES).forAll(patients(), choices()).checkAssert((pt, c) -> titrate(pt, c).ifPresent(p -> {
            DoseLimits limits = DoseLimits.of(K, p.renal(), p.context());
            DoseMaker maker = maker(c.productId());
            List<Step> steps = p.regimen().steps();
            int n = c.freq().dosesPerDay();
            Milligrams step = c.step() == 0 ? limits.stepPerDose() : maker.grid().times(c.step());
            int interval = c.interval() == 0 ? limits.stepIntervalDays() : c.interval();
            boolean fasterThanRules = false;
            for (int i = 1; i < steps.size(); i++) {
                Milligrams rise = steps.get(i).dailyMg().minus(steps.get(i - 1).dailyMg());
                assertThat(rise.isZero()).isFalse();
                assertThat(steps.get(i - 1).days()).isEqualTo(interval);
                if (c.step() != 0) {
                    assertThat(rise).isLessThanOrEqualTo(step.times(n));
                }
                fasterThanRules |= rise
                    .isGreaterThan(Milligrams.min(limits.maxStepDaily(), limits.stepPerDose().times(n)))
                        || interval < limits.stepIntervalDays();
            }
            fasterThanRules |= steps.get(0).dailyMg().isGreaterThan(limits.startDaily());
            assertThat(has(p, FindingCode.TITRATION_TOO_FAST)).as("TITRATION_TOO_FAST").isEqualTo(fasterThanRules);
        }));
    }

    @Test
    @DisplayName("every dose is exactly representable in the chosen product; a day's doses add up to its daily dose")
    void makeable() {
        qt().withExamples(EXAMPLES).forAll(patients(), choices()).checkAssert((pt, c) -> titrate(pt, c).ifPresent(p -> {
            OralProduct product = K.oralProduct(c.productId()).orElseThrow();
            BigDecimal step = K.dosing().rounding().liquidStep().value();
            for (Step s : p.regimen().steps()) {
                assertThat(s.doses().stream().map(Dose::mg).reduce(Milligrams.ZERO, Milligrams::plus))
                    .isEqualTo(s.dailyMg());
                for (Dose d : s.doses()) {
                    if (d.amount() instanceof LiquidAmount l) {
                        assertThat(l.volume().value().remainder(step)).isEqualByComparingTo("0");
                        assertThat(l.volume().amountAt(l.concentration())).isEqualTo(d.mg());
                    }
                    else {
                        SolidAmount sa = (SolidAmount) d.amount();
                        Milligrams sum = Milligrams.ZERO;
                        for (Pieces pc : sa.pieces()) {
                            assertThat(product.strengths()).contains(pc.strength());
                            assertThat(pc.halves() == 0 || product.scored()).isTrue();
                            sum = sum.plus(pc.mg());
                        }
                        assertThat(sum).isEqualTo(d.mg());
                    }
                }
            }
        }));
    }

    @Test
    @DisplayName("dispense totals equal the sum of the doses; whole tablets cover them with less than one spare")
    void dispenseTotals() {
        qt().withExamples(EXAMPLES).forAll(patients(), choices()).checkAssert((pt, c) -> titrate(pt, c).ifPresent(p -> {
            Milligrams doses = Milligrams.ZERO;
            for (Step s : p.regimen().steps()) {
                doses = doses.plus(s.dailyMg().times((int) s.days()));
            }
            List<DispenseLine> lines = Dispense.of(p.regimen());
            Milligrams dispensed = lines.stream().map(DispenseLine::totalMg).reduce(Milligrams.ZERO, Milligrams::plus);
            assertThat(dispensed).isEqualTo(doses);
            for (DispenseLine l : lines) {
                if (l.strength().isPresent()) {
                    Milligrams covered = l.strength().get().times(l.quantity());
                    assertThat(covered).isGreaterThanOrEqualTo(l.totalMg());
                    assertThat(covered).isLessThan(l.totalMg().plus(l.strength().get()));
                }
                else {
                    assertThat(new Milligrams(l.quantity().multiply(l.concentration().orElseThrow().value())))
                        .isEqualTo(l.totalMg());
                }
            }
        }));
    }

    @Test
    @DisplayName("a taper never rises, ends at its target, and drops no faster than allowed unless flagged")
    void taper() {
        Gen<Integer> reasons = integers().between(0, TaperReason.values().length - 1);
        qt().withExamples(EXAMPLES)
            .forAll(patients(), choices(), integers().between(0, 100), reasons)
            .checkAssert((pt, c, toPercent, reason) -> {
                DoseMaker maker = maker(c.productId());
                int n = c.freq().dosesPerDay();
                Milligrams from = maker.grid().times(c.gridSteps()).times(n);
                Milligrams to = maker.floor(from.times(BigDecimal.valueOf(toPercent, 2)).dividedBy(n))
                    .map(x -> x.times(n))
                    .filter(x -> x.isLessThan(from))
                    .orElse(Milligrams.ZERO);
                CheckedPlan p = SERVICE.taper(new TaperRequest(pt.context(), from,
                        toPercent < 20 ? Milligrams.ZERO : to, TaperReason.values()[reason], options(c, maker)));
                checkTaper(p, from, c);
            });
    }

    private static void checkTaper(CheckedPlan p, Milligrams from, Choice c) {
        TaperDefaults t = K.dosing().taper();
        Milligrams maxDaily = K.dosing().oral().maxStepDaily();
        List<Step> steps = p.regimen().steps();
        Milligrams prev = from;
        boolean tooFast = false;
        java.time.LocalDate lastAbove = from.isGreaterThan(t.abruptStopAbove()) ? steps.get(0).startDate().minusDays(1)
                : null;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            assertThat(s.dailyMg()).isLessThan(prev);
            Milligrams drop = prev.minus(s.dailyMg());
            int n = s.isStop() ? c.freq().dosesPerDay() : s.doses().size();
            boolean smallStop = s.isStop() && !prev.isGreaterThan(t.abruptStopAbove());
            tooFast |= !smallStop && drop.isGreaterThan(Milligrams.min(maxDaily, t.stepPerDose().times(n)));
            tooFast |= i > 0 && steps.get(i - 1).days() < DoseLimits.days(t.stepInterval());
            if (s.dailyMg().isGreaterThan(t.abruptStopAbove())) {
                lastAbove = s.endDate();
            }
            prev = s.dailyMg();
        }
        assertThat(p.regimen().lastStep().dailyMg()).isEqualTo(p.regimen().targetMgDay().orElseThrow());
        boolean stops = p.regimen().lastStep().isStop();
        // §4: 0 less than 7 days after the last day above 15 mg/day
        boolean abrupt = stops && lastAbove != null && ChronoUnit.DAYS.between(lastAbove,
                p.regimen().lastStep().startDate()) < DoseLimits.days(t.minTotalDuration());
        boolean fastReason = p.regimen().reason().map(TaperReason::id).filter(t.fastReasons()::contains).isPresent();
        Set<FindingCode> flags = Set.of(FindingCode.TAPER_TOO_FAST, FindingCode.ABRUPT_STOP,
                FindingCode.WITHDRAWAL_SIGNS);
        boolean flagged = p.findings().stream().anyMatch(f -> flags.contains(f.code()));
        if (tooFast || abrupt) {
            assertThat(flagged).as("a fast taper must be flagged").isTrue();
        }
        Milligrams smallestDailyStep = maker(c.productId()).grid().times(c.freq().dosesPerDay());
        if (c.step() == 0 && c.interval() == 0 && !smallestDailyStep.isGreaterThan(maxDaily)) {
            assertThat(has(p, FindingCode.TAPER_TOO_FAST) || has(p, FindingCode.ABRUPT_STOP))
                .as("the default taper is never fast when the product can make the steps")
                .isFalse();
        }
        assertThat(has(p, FindingCode.ABRUPT_STOP)).isEqualTo(abrupt && !fastReason);
        assertThat(has(p, FindingCode.WITHDRAWAL_SIGNS)).isEqualTo(stops && fastReason);
    }

    @Test
    @DisplayName("renal assessment: the band holds the computed clearance")
    void bands() {
        qt().withExamples(EXAMPLES).forAll(patients()).checkAssert(pt -> {
            RenalAssessment.assess(K, pt.context())
                .ifPresent(r -> assertThat(r.clearanceBand().contains(r.crcl().value())).isTrue());
        });
    }

}
