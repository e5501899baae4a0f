package org.baclo.bench;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.baclo.pk.PkParameters;
import org.baclo.pk.PopulationRequest;
import org.baclo.pk.Simulation;
import org.baclo.pk.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One patient, one thread: the 28-day TID curve (4,032 points, kept in memory) with its daily metrics — the
 * same work per patient as deSolve's lsoda does in bench/pk/desolve.R. The parameters cycle through 100 virtual
 * patients of seed 1.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SubjectBenchmark {
    private PkParameters[] patients;
    private int next;

    @Setup
    public void setUp() {
        ForkJoinPool pool = new ForkJoinPool(1);
        var result = new org.baclo.pk.PopulationSimulator(pool).run(PopulationRequest.of(Workload.patients(1), 100,
                Workload.TID, Workload.GRID).withBands(false));
        pool.shutdown();
        patients = new PkParameters[result.size()];
        for (int i = 0; i < patients.length; i++) {
            patients[i] = result.subject(i);
        }
    }

    @Benchmark
    public Simulation onePatient() {
        PkParameters p = patients[next];
        next = (next + 1) % patients.length;
        return Simulator.simulate(p, Workload.TID, Workload.GRID);
    }
}
