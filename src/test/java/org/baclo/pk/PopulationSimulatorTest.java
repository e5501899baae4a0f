package org.baclo.pk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;
import org.baclo.units.Milligrams;
import org.baclo.units.MlPerMin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PopulationSimulatorTest {

    private static Knowledge knowledge;

    private static ForkJoinPool one;

    private static ForkJoinPool four;

    private static final DoseHistory TID_28 = DoseHistory.regular(Instant.EPOCH, Milligrams.of(20), Duration.ofHours(8),
            84);

    private static final TimeGrid GRID_28 = TimeGrid.of(Duration.ofMinutes(10), Duration.ofDays(28));

    @BeforeAll
    static void setUp() {
        knowledge = KnowledgeLoader.fromClasspath();
        one = new ForkJoinPool(1);
        four = new ForkJoinPool(4);
    }

    @AfterAll
    static void tearDown() {
        one.shutdown();
        four.shutdown();
    }

    private static ParameterSetModel model(String id) {
        return ParameterSetModel.of(knowledge.pk().parameterSet(id).orElseThrow());
    }

    private static VirtualPatients adults(long seed) {
        return new VirtualPatients(model("default-adult"), Covariates.REFERENCE, Optional.empty(), Optional.empty(),
                seed);
    }

    @Test
    void the_same_seed_gives_the_same_numbers_bit_for_bit_with_one_thread_or_four() {
        PopulationRequest req = PopulationRequest.of(adults(1), 1000, TID_28, GRID_28);
        PopulationResult a = new PopulationSimulator(one).run(req);
        PopulationResult b = new PopulationSimulator(four).run(req);
        assertIdentical(a, b);
    }

    @Test
    void a_different_seed_gives_different_patients() {
        PopulationRequest req = PopulationRequest.of(adults(1), 200, TID_28, GRID_28).withBands(false);
        PopulationRequest other = PopulationRequest.of(adults(2), 200, TID_28, GRID_28).withBands(false);
        PopulationResult a = new PopulationSimulator(four).run(req);
        PopulationResult b = new PopulationSimulator(four).run(other);
        assertThat(a.subject(0)).isNotEqualTo(b.subject(0));
        assertThat(a.lastDayAuc()).isNotEqualTo(b.lastDayAuc());
    }

    @Test
    void a_patient_in_a_population_is_simulated_exactly_as_alone() {
        PopulationRequest req = PopulationRequest
            .of(adults(7), 300, TID_28, TimeGrid.of(Duration.ofMinutes(30), Duration.ofDays(5)))
            .withCurves(true);
        PopulationResult r = new PopulationSimulator(four).run(req);
        for (int i : new int[] { 0, 127, 128, 299 }) {
            Simulation alone = Simulator.simulate(r.subject(i), TID_28, r.grid());
            assertThat(r.curve(i).orElseThrow()).containsExactly(alone.concentrationsNgPerMl());
        }
    }

    @Test
    void blocked_bands_equal_percentiles_of_the_kept_curves() {
        // 2,000 patients × 4,032 points needs two blocks without kept curves, one with
        // them
        PopulationRequest req = PopulationRequest.of(adults(3), 2000, TID_28, GRID_28);
        PopulationResult blocked = new PopulationSimulator(four).run(req);
        PopulationResult kept = new PopulationSimulator(four).run(req.withCurves(true));
        assertThat(blocked.bands().orElseThrow().p50()).containsExactly(kept.bands().orElseThrow().p50());
        assertThat(blocked.bands().orElseThrow().p95()).containsExactly(kept.bands().orElseThrow().p95());
        assertThat(blocked.days()).isEqualTo(kept.days());

        for (int p : new int[] { 0, 1, 47, 2100, 4031 }) {
            double[] column = new double[2000];
            for (int i = 0; i < column.length; i++) {
                column[i] = kept.curve(i).orElseThrow()[p];
            }
            Arrays.sort(column);
            PercentileSummary at = kept.bands().orElseThrow().at(p);
            assertThat(at.p5()).isEqualTo(type7(column, 0.05));
            assertThat(at.p50()).isEqualTo(type7(column, 0.5));
            assertThat(at.p95()).isEqualTo(type7(column, 0.95));
        }
    }

    @Test
    void daily_percentiles_cover_every_day_and_the_last_day_matches_the_metrics() {
        PopulationResult r = new PopulationSimulator(four)
            .run(PopulationRequest.of(adults(1), 500, TID_28, GRID_28).withBands(false));
        assertThat(r.days()).hasSize(28);
        assertThat(r.days().get(27).day()).isEqualTo(28);
        assertThat(r.days().get(27).auc()).isEqualTo(r.lastDayAuc());
        assertThat(r.days().get(27).cmax()).isEqualTo(r.lastDayCmax());
        assertThat(r.bands()).isEmpty();
    }

    @Test
    void variability_follows_the_set_log_normal_with_median_at_the_typical_value() {
        PopulationResult r = new PopulationSimulator(four).run(
                PopulationRequest
                    .of(adults(11), 20_000, DoseHistory.atHours(Milligrams.of(10), 0),
                            TimeGrid.of(Duration.ofHours(1), Duration.ofHours(24)))
                    .withBands(false));
        double[] logCl = new double[r.size()];
        for (int i = 0; i < logCl.length; i++) {
            logCl[i] = Math.log(r.subject(i).clearance().value() / 10.8);
        }
        double mean = Arrays.stream(logCl).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(logCl).map(x -> (x - mean) * (x - mean)).sum() / (logCl.length - 1));
        assertThat(mean).isCloseTo(0, within(0.02));
        assertThat(sd).isCloseTo(Math.sqrt(Math.log(1 + 0.56 * 0.56)), within(0.01));
        assertThat(r.subject(5).ka().value()).isEqualTo(1.64);
    }

    @Test
    void exposure_ratio_reflects_renal_function() {
        VirtualPatients renal = new VirtualPatients(model("default-adult"), Covariates.of(null, MlPerMin.of(30)),
                Optional.empty(), Optional.empty(), 5);
        PopulationResult r = new PopulationSimulator(four)
            .run(PopulationRequest.of(renal, 2000, TID_28, GRID_28).withBands(false));
        double clRatio = 1 / ((1 - 0.77) + 0.77 * 0.3);
        assertThat(r.exposureRatio().p50()).isCloseTo(clRatio, within(0.15 * clRatio));
    }

    @Test
    void user_given_covariate_distributions_vary_the_covariates_within_their_range() {
        VirtualPatients p = new VirtualPatients(model("default-adult"), Covariates.REFERENCE,
                Optional.of(new CovariateDistribution(70, 15, 40, 100)),
                Optional.of(new CovariateDistribution(60, 20, 10, 120)), 9);
        PopulationResult r = new PopulationSimulator(four).run(PopulationRequest.of(p, 500,
                DoseHistory.atHours(Milligrams.of(10), 0), TimeGrid.of(Duration.ofHours(1), Duration.ofHours(24))));
        for (int i = 0; i < r.size(); i++) {
            assertThat(r.subjectWeightKg(i)).isBetween(40.0, 100.0);
            assertThat(r.subjectCrclMlMin(i)).isBetween(10.0, 120.0);
        }
        assertThat(r.subjectWeightKg(0)).isNotEqualTo(r.subjectWeightKg(1));
    }

    @Test
    void sets_without_variability_or_with_transit_absorption_are_refused() {
        assertThatThrownBy(() -> new VirtualPatients(model("chevillard-2018"), Covariates.REFERENCE, Optional.empty(),
                Optional.empty(), 1))
            .isInstanceOf(PkInputException.class)
            .hasMessageContaining("no inter-individual variability");
        assertThatThrownBy(() -> model("he-2014-pediatric")).isInstanceOf(PkInputException.class)
            .hasMessageContaining("transit absorption");
        assertThatThrownBy(() -> PopulationRequest.of(adults(1), PopulationRequest.MAX_SIZE + 1, TID_28, GRID_28))
            .isInstanceOf(PkInputException.class)
            .hasMessageContaining("between 1 and 100000");
    }

    private static double type7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    private static void assertIdentical(PopulationResult a, PopulationResult b) {
        assertThat(a.days()).isEqualTo(b.days());
        assertThat(a.bands().orElseThrow().p5()).containsExactly(b.bands().orElseThrow().p5());
        assertThat(a.bands().orElseThrow().p50()).containsExactly(b.bands().orElseThrow().p50());
        assertThat(a.bands().orElseThrow().p95()).containsExactly(b.bands().orElseThrow().p95());
        assertThat(a.lastDayCmax()).isEqualTo(b.lastDayCmax());
        assertThat(a.totalAuc()).isEqualTo(b.totalAuc());
        assertThat(a.timeTo90PercentSteadyState()).isEqualTo(b.timeTo90PercentSteadyState());
        assertThat(a.exposureRatio()).isEqualTo(b.exposureRatio());
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.subject(i)).isEqualTo(b.subject(i));
        }
    }

}
