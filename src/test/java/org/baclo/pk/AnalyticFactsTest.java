package org.baclo.pk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.baclo.units.Milligrams;
import org.junit.jupiter.api.Test;

/** Textbook facts of the one-compartment model that the simulator must reproduce. */
class AnalyticFactsTest {

    private static final PkParameters ADULT = PkParameters.of(10.8, 59, 1.64);

    private static final double K = 10.8 / 59;

    @Test
    void auc_to_infinity_is_dose_over_apparent_clearance() {
        Simulation sim = Simulator.simulate(ADULT, DoseHistory.atHours(Milligrams.of(10), 0),
                TimeGrid.of(Duration.ofMinutes(10), Duration.ofDays(10)));
        double expected = 10 * 1000 / 10.8;
        assertThat(sim.totalAuc().value()).isCloseTo(expected, within(1e-10 * expected));
        assertThat(SingleDoseMetrics.of(ADULT, Milligrams.of(10)).aucToInfinity().value()).isCloseTo(expected,
                within(1e-12 * expected));
    }

    @Test
    void tmax_follows_the_formula_and_is_the_peak_of_the_curve() {
        SingleDoseMetrics m = SingleDoseMetrics.of(ADULT, Milligrams.of(10));
        double tmax = Math.log(1.64 / K) / (1.64 - K);
        assertThat(m.tmax().value()).isCloseTo(tmax, within(1e-12));
        Simulation sim = Simulator.simulate(ADULT, DoseHistory.atHours(Milligrams.of(10), 0),
                TimeGrid.of(Duration.ofSeconds(1), Duration.ofHours(4)));
        double[] c = sim.concentrationsNgPerMl();
        int best = 0;
        for (int i = 1; i < c.length; i++) {
            if (c[i] > c[best]) {
                best = i;
            }
        }
        assertThat(sim.grid().timeH(best)).isCloseTo(tmax, within(1.0 / 3600));
        assertThat(m.cmax().value()).isGreaterThanOrEqualTo(c[best]).isCloseTo(c[best], within(1e-6 * c[best]));
        double closedForm = 10.0 / 59 * 1000 * 1.64 / (1.64 - K) * (Math.exp(-K * tmax) - Math.exp(-1.64 * tmax));
        assertThat(m.cmax().value()).isCloseTo(closedForm, within(1e-12 * closedForm));
    }

    @Test
    void tmax_is_one_over_k_when_ka_equals_k() {
        assertThat(OneCompartment.tmax(K, K)).isEqualTo(1 / K);
        assertThat(OneCompartment.tmax(K * (1 + 1e-12), K)).isCloseTo(1 / K, within(1e-9));
        assertThat(OneCompartment.tmax(0.5, 2)).isCloseTo(Math.log(4) / 1.5, within(1e-14));
    }

    @Test
    void half_life_is_ln2_over_k_and_halves_the_terminal_concentration() {
        SingleDoseMetrics m = SingleDoseMetrics.of(ADULT, Milligrams.of(10));
        assertThat(m.halfLife().value()).isCloseTo(Math.log(2) / K, within(1e-12));
        Simulation sim = Simulator.simulate(ADULT, DoseHistory.atHours(Milligrams.of(10), 0),
                TimeGrid.of(Duration.ofMillis(Math.round(m.halfLife().value() * 3_600_000)), Duration.ofHours(60)));
        double ratio = sim.concentration(12).value() / sim.concentration(11).value();
        assertThat(ratio).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void steady_state_daily_auc_is_daily_dose_over_clearance_and_the_accumulation_ratio_holds() {
        double tau = 8;
        Simulation sim = Simulator.simulate(ADULT,
                DoseHistory.regular(Instant.EPOCH, Milligrams.of(20), Duration.ofHours(8), 3 * 10),
                TimeGrid.of(Duration.ofMinutes(10), Duration.ofDays(10)));
        double dailyAuc = 60 * 1000 / 10.8;
        assertThat(sim.lastDay().auc().value()).isCloseTo(dailyAuc, within(1e-9 * dailyAuc));

        // AUC over one interval at steady state = AUC(0–∞) of one dose; the accumulation
        // ratio is its quotient
        // with the first interval's AUC.
        Simulation first = Simulator.simulate(ADULT, DoseHistory.atHours(Milligrams.of(20), 0),
                TimeGrid.of(Duration.ofMinutes(10), Duration.ofHours(8)));
        double r = (20 * 1000 / 10.8) / first.totalAuc().value();
        double exact = 1 / (1 - (1.64 * Math.exp(-K * tau) - K * Math.exp(-1.64 * tau)) / (1.64 - K));
        assertThat(r).isCloseTo(exact, within(1e-9 * exact));

        // trough just before a dose at steady state
        double a = 20.0 / 59 * 1000 * 1.64 / (1.64 - K);
        double trough = a
                * (Math.exp(-K * tau) / (1 - Math.exp(-K * tau)) - Math.exp(-1.64 * tau) / (1 - Math.exp(-1.64 * tau)));
        assertThat(sim.lastDay().cmin().value()).isCloseTo(trough, within(1e-9 * trough));
    }

    @Test
    void time_to_90_percent_of_steady_state_solves_its_equation() {
        double t = ADULT.timeTo90PercentSteadyState().value();
        double f = 1 - (1.64 * Math.exp(-K * t) - K * Math.exp(-1.64 * t)) / (1.64 - K);
        assertThat(f).isCloseTo(0.9, within(1e-12));
        assertThat(t).isGreaterThan(Math.log(10) / K);
        // fast absorption: about 3.3 half-lives
        double fast = OneCompartment.timeToFractionOfSteadyState(1e6, K, 0.9);
        assertThat(fast).isCloseTo(Math.log(10) / K, within(1e-5));
        // ka = k: 1 − e^{−kt}(1 + kt) = 0.9
        double same = OneCompartment.timeToFractionOfSteadyState(K, K, 0.9);
        assertThat(1 - Math.exp(-K * same) * (1 + K * same)).isCloseTo(0.9, within(1e-12));
    }

}
