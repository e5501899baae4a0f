package org.baclo.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.baclo.pk.PkParameters;
import org.baclo.pk.PopulationRequest;
import org.baclo.pk.PopulationResult;
import org.baclo.pk.PopulationSimulator;
import org.baclo.pk.Simulator;

/**
 * Writes the parameter vectors of N virtual patients (seed S) and Baclo's curves for them, for the deSolve
 * comparison in bench/pk, and times Baclo on the same work (one thread, one patient after another, as deSolve
 * does). Usage: {@code java -cp bench/target/benchmarks.jar org.baclo.bench.ExportForR OUT_DIR [N] [SEED]}.
 * Writes {@code OUT_DIR/params.csv} (id, cl_l_per_h, v_l, ka_per_h) and {@code OUT_DIR/baclo.csv} (time_h and
 * one column of ng/mL per patient, 17 significant digits).
 */
public final class ExportForR {
    private ExportForR() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/pk/out");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Files.createDirectories(out);
        ForkJoinPool pool = new ForkJoinPool(1);
        PopulationResult r = new PopulationSimulator(pool).run(PopulationRequest.of(Workload.patients(seed), n,
                Workload.TID, Workload.GRID).withBands(false).withCurves(true));
        pool.shutdown();

        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("params.csv")))) {
            w.println("id,cl_l_per_h,v_l,ka_per_h");
            for (int i = 0; i < n; i++) {
                PkParameters p = r.subject(i);
                w.printf(Locale.ROOT, "%d,%.17g,%.17g,%.17g%n", i + 1, p.clearance().value(), p.volume().value(),
                        p.ka().value());
            }
        }
        double[][] curves = new double[n][];
        for (int i = 0; i < n; i++) {
            curves[i] = r.curve(i).orElseThrow();
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("baclo.csv")))) {
            StringBuilder head = new StringBuilder("time_h");
            for (int i = 0; i < n; i++) {
                head.append(",s").append(i + 1);
            }
            w.println(head);
            for (int p = 0; p < Workload.GRID.points(); p++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%.17g", Workload.GRID.timeH(p)));
                for (int i = 0; i < n; i++) {
                    row.append(String.format(Locale.ROOT, ",%.17g", curves[i][p]));
                }
                w.println(row);
            }
        }
        System.out.printf(Locale.ROOT, "baclo_us_per_patient_one_thread %.2f%n", timePerPatient(r, n));
    }

    /** Median over rounds of the time to simulate all patients one after another, after a warm-up. */
    private static double timePerPatient(PopulationResult r, int n) {
        PkParameters[] p = new PkParameters[n];
        for (int i = 0; i < n; i++) {
            p[i] = r.subject(i);
        }
        double sink = 0;
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) {
            for (PkParameters q : p) {
                sink += Simulator.simulate(q, Workload.TID, Workload.GRID).totalAuc().value();
            }
        }
        double[] rounds = new double[21];
        for (int k = 0; k < rounds.length; k++) {
            long t0 = System.nanoTime();
            for (PkParameters q : p) {
                sink += Simulator.simulate(q, Workload.TID, Workload.GRID).totalAuc().value();
            }
            rounds[k] = (System.nanoTime() - t0) / 1e3 / n;
        }
        java.util.Arrays.sort(rounds);
        if (sink == 42) {
            System.out.println();
        }
        return rounds[rounds.length / 2];
    }
}
