package org.baclo.pk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.baclo.units.Milligrams;
import org.junit.jupiter.api.Test;

/**
 * The closed-form simulator against an independent Runge–Kutta integration of the model
 * ODEs: every grid point, every day's AUC, Cmax and Cmin, to a relative tolerance of 1e-9
 * of the peak.
 */
class OdeCrossCheckTest {

    private static final double TOLERANCE = 1e-9;

    private static final PkParameters ADULT = PkParameters.of(10.8, 59, 1.64);

    private static final Milligrams MG20 = Milligrams.of(20);

    private static final Duration TEN_MIN = Duration.ofMinutes(10);

    private static DoseHistory tid(int days) {
        return DoseHistory.regular(Instant.EPOCH, MG20, Duration.ofHours(8), 3 * days);
    }

    @Test
    void single_dose_matches_the_ode() {
        check(ADULT, DoseHistory.atHours(Milligrams.of(10), 0), TimeGrid.of(TEN_MIN, Duration.ofHours(48)));
    }

    @Test
    void single_dose_between_grid_points_matches_the_ode() {
        check(ADULT, DoseHistory.atHours(Milligrams.of(10), 1.2345), TimeGrid.of(TEN_MIN, Duration.ofHours(30)));
    }

    @Test
    void repeated_doses_match_the_ode() {
        check(ADULT, tid(7), TimeGrid.of(TEN_MIN, Duration.ofDays(7)));
    }

    @Test
    void a_missed_dose_matches_the_ode() {
        check(ADULT, tid(4).miss(4), TimeGrid.of(TEN_MIN, Duration.ofDays(4)));
    }

    @Test
    void a_late_dose_off_the_grid_matches_the_ode() {
        check(ADULT, tid(4).late(3, Duration.ofMinutes(97).plusSeconds(13)), TimeGrid.of(TEN_MIN, Duration.ofDays(4)));
    }

    @Test
    void an_extra_dose_matches_the_ode() {
        DoseHistory h = tid(4).withExtra(Instant.EPOCH.plus(Duration.ofMinutes(30 * 60 + 15)), Milligrams.of(5));
        check(ADULT, h, TimeGrid.of(TEN_MIN, Duration.ofDays(4)));
    }

    @Test
    void as_taken_history_with_every_kind_of_event_matches_the_ode() {
        DoseHistory h = tid(5).miss(2)
            .late(6, Duration.ofMinutes(45))
            .miss(9)
            .withExtra(Instant.EPOCH.plusSeconds(3 * 86_400 + 3_333), Milligrams.of(10));
        check(ADULT, h, TimeGrid.of(Duration.ofMinutes(7), Duration.ofHours(5 * 24 + 5)));
    }

    @Test
    void ka_equal_to_k_matches_the_ode() {
        double k = 10.8 / 59;
        check(PkParameters.of(10.8, 59, k), tid(3), TimeGrid.of(TEN_MIN, Duration.ofDays(3)));
    }

    @Test
    void ka_nearly_equal_to_k_matches_the_ode() {
        double k = 10.8 / 59;
        for (double rel : new double[] { 1e-12, 1e-9, 1e-6, -1e-6, 1e-3, -1e-3 }) {
            check(PkParameters.of(10.8, 59, k * (1 + rel)), tid(3), TimeGrid.of(TEN_MIN, Duration.ofDays(3)));
        }
    }

    @Test
    void slow_absorption_flip_flop_matches_the_ode() {
        check(PkParameters.of(10.8, 59, 0.05), tid(3), TimeGrid.of(TEN_MIN, Duration.ofDays(3)));
    }

    @Test
    void fast_absorption_on_a_coarse_grid_matches_the_ode() {
        check(PkParameters.of(9.9, 80.7, 4.6), tid(3), TimeGrid.of(Duration.ofMinutes(45), Duration.ofDays(3)));
    }

    /** Compares the curve and the daily metrics with the Runge–Kutta reference. */
    private static void check(PkParameters p, DoseHistory history, TimeGrid grid) {
        Simulation sim = Simulator.simulate(p, history, grid);
        List<DoseEvent> intakes = history.events().stream().filter(e -> e.status().isIntake()).toList();
        double[] doseH = intakes.stream().mapToDouble(e -> hours(history.start(), e.time())).toArray();
        double[] doseMg = intakes.stream().mapToDouble(e -> e.amount().asDouble()).toArray();
        OdeReference ode = new OdeReference(p.clearance().value(), p.volume().value(), p.ka().value(), 0.002);

        double[] times = new double[grid.points()];
        for (int i = 0; i < times.length; i++) {
            times[i] = grid.timeH(i);
        }
        double[] ref = ode.solve(doseH, doseMg, times).concentrations();
        double peak = max(ref);
        double[] got = sim.concentrationsNgPerMl();
        for (int i = 0; i < times.length; i++) {
            assertThat(got[i]).as("C at %s h (ka %s)", times[i], p.ka()).isCloseTo(ref[i], within(TOLERANCE * peak));
        }

        double[] bounds = new double[grid.days() + 1];
        for (int d = 0; d <= grid.days(); d++) {
            bounds[d] = Math.min(24.0 * d, grid.lengthH());
        }
        OdeReference.Result atBounds = ode.solve(doseH, doseMg, bounds);
        for (DailyExposure day : sim.days()) {
            int d = day.day();
            double auc = atBounds.auc()[d] - atBounds.auc()[d - 1];
            assertThat(day.auc().value()).as("AUC day %d", d).isCloseTo(auc, within(TOLERANCE * auc));
            double hi = Math.max(atBounds.concentrations()[d - 1], atBounds.concentrations()[d]);
            double lo = Math.min(atBounds.concentrations()[d - 1], atBounds.concentrations()[d]);
            for (int i = 0; i < times.length; i++) {
                if (times[i] >= bounds[d - 1] && times[i] < bounds[d]) {
                    hi = Math.max(hi, ref[i]);
                    lo = Math.min(lo, ref[i]);
                }
            }
            assertThat(day.cmax().value()).as("Cmax day %d", d).isCloseTo(hi, within(TOLERANCE * peak));
            assertThat(day.cmin().value()).as("Cmin day %d", d).isCloseTo(lo, within(TOLERANCE * peak));
        }
        assertThat(sim.totalAuc().value()).isCloseTo(atBounds.auc()[grid.days()],
                within(TOLERANCE * atBounds.auc()[grid.days()]));
    }

    private static double hours(Instant start, Instant t) {
        return Duration.between(start, t).toMillis() / 3_600_000.0;
    }

    private static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

}
