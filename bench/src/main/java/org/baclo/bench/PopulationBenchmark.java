package org.baclo.bench;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.baclo.pk.PopulationRequest;
import org.baclo.pk.PopulationResult;
import org.baclo.pk.PopulationSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 10,000 virtual patients × 28 days of TID dosing on a 10-minute grid (4,032 points each), on every core.
 * {@code dailyMetrics}: the curve of every patient is computed and streamed into per-day Cmax, Cmin and AUC and
 * their percentiles (the target: under 0.5 s on 2 cores). {@code dailyMetricsAndBands}: the same plus
 * exact 5/50/95th percentiles of the concentration at each of the 4,032 points.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PopulationBenchmark {
    @Param({"10000"})
    int subjects;

    /** Threads; 0 = every core. */
    @Param({"0"})
    int threads;

    private ForkJoinPool pool;
    private PopulationSimulator simulator;
    private PopulationRequest metrics;
    private PopulationRequest bands;

    @Setup
    public void setUp() {
        pool = new ForkJoinPool(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
        simulator = new PopulationSimulator(pool);
        metrics = PopulationRequest.of(Workload.patients(1), subjects, Workload.TID, Workload.GRID).withBands(false);
        bands = metrics.withBands(true);
    }

    @TearDown
    public void tearDown() {
        pool.shutdown();
    }

    @Benchmark
    public PopulationResult dailyMetrics() {
        return simulator.run(metrics);
    }

    @Benchmark
    public PopulationResult dailyMetricsAndBands() {
        return simulator.run(bands);
    }
}
