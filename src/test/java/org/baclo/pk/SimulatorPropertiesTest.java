package org.baclo.pk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import org.baclo.units.Milligrams;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties that hold for every parameter vector and regimen, checked on generated
 * cases.
 */
class SimulatorPropertiesTest {

    private static final TimeGrid GRID = TimeGrid.of(Duration.ofMinutes(15), Duration.ofDays(3));

    private static Gen<PkParameters> parameters() {
        return doubles().between(0.5, 60).zip(doubles().between(5, 400), doubles().between(0.05, 10), PkParameters::of);
    }

    private static DoseHistory regimen(int dosesPerDay, double mg) {
        return DoseHistory.regular(Instant.EPOCH, Milligrams.of(mg), Duration.ofMinutes(24 * 60 / dosesPerDay),
                3 * dosesPerDay);
    }

    @Test
    void concentration_is_never_negative() {
        qt().forAll(parameters(), integers().between(1, 6), doubles().between(0, 80)).checkAssert((p, n, mg) -> {
            Simulation s = Simulator.simulate(p, regimen(n, mg), GRID);
            for (double c : s.concentrationsNgPerMl()) {
                assertThat(c).isGreaterThanOrEqualTo(0);
            }
            s.days().forEach(d -> assertThat(d.cmin().value()).isLessThanOrEqualTo(d.cmax().value()));
        });
    }

    @Test
    void doubling_every_dose_doubles_every_concentration() {
        qt().forAll(parameters(), integers().between(1, 6), doubles().between(1, 40)).checkAssert((p, n, mg) -> {
            DoseSchedule once = regimen(n, mg).schedule();
            double[] a = Simulator.simulate(p, once, GRID).concentrationsNgPerMl();
            double[] b = Simulator.simulate(p, once.scaled(2), GRID).concentrationsNgPerMl();
            for (int i = 0; i < a.length; i++) {
                assertThat(b[i]).isCloseTo(2 * a[i], within(1e-12 * Math.max(1, b[i])));
            }
        });
    }

    @Test
    void a_missed_dose_never_raises_any_later_concentration() {
        qt().forAll(parameters(), integers().between(1, 6), integers().between(0, 17)).checkAssert((p, n, k) -> {
            DoseHistory full = regimen(n, 20);
            int index = k % full.events().size();
            double[] taken = Simulator.simulate(p, full, GRID).concentrationsNgPerMl();
            double[] missed = Simulator.simulate(p, full.miss(index), GRID).concentrationsNgPerMl();
            for (int i = 0; i < taken.length; i++) {
                assertThat(missed[i]).isLessThanOrEqualTo(taken[i]);
            }
        });
    }

    @Test
    void the_closed_form_equals_superposition_of_single_doses() {
        qt().forAll(parameters(), integers().between(1, 4)).checkAssert((p, n) -> {
            DoseHistory h = regimen(n, 10).late(1, Duration.ofMinutes(37));
            double[] got = Simulator.simulate(p, h, GRID).concentrationsNgPerMl();
            double k = p.eliminationRate();
            for (int i = 0; i < got.length; i += 7) {
                double t = GRID.timeH(i);
                double sum = 0;
                for (DoseEvent e : h.events()) {
                    double td = Duration.between(h.start(), e.time()).toMillis() / 3_600_000.0;
                    if (td <= t) {
                        sum += 10 * 1000 / p.volume().value() * OneCompartment.transfer(p.ka().value(), k, t - td);
                    }
                }
                assertThat(got[i]).isCloseTo(sum, within(1e-10 * Math.max(1, sum)));
            }
        });
    }

    @Test
    void total_auc_never_exceeds_what_the_doses_can_give() {
        qt().forAll(parameters(), integers().between(1, 6)).checkAssert((p, n) -> {
            DoseHistory h = regimen(n, 10);
            Simulation s = Simulator.simulate(p, h, GRID);
            double bound = h.totalTaken().asDouble() * 1000 / p.clearance().value();
            assertThat(s.totalAuc().value()).isLessThanOrEqualTo(bound * (1 + 1e-12));
        });
    }

}
