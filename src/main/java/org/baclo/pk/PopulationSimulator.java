package org.baclo.pk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Simulates virtual populations on all the threads of a {@link ForkJoinPool}.
 *
 * <p>
 * <b>Determinism.</b> Patient {@code i} depends only on the seed and {@code i}; patients
 * are simulated in fixed cohorts of {@value #COHORT} (the same whatever the thread
 * count), each patient's values are written to its own slots, and percentiles are order
 * statistics of complete columns. The result is therefore the same bit for bit with 1
 * thread or many.
 *
 * <p>
 * <b>Memory.</b> The grid is processed in blocks of points: a block holds
 * {@code size × block} concentrations (at most about {@value #BLOCK_VALUES} values unless
 * one point alone needs more) and the daily metrics of the days that end in it;
 * percentiles are taken at the end of each block and the block is reused. Per patient,
 * only the state and a few metrics are kept (O(size)). The full curves are kept only when
 * the request asks.
 *
 * <p>
 * <b>Cost.</b> O(size × (points + doses)) simulation plus O(size × points) selection for
 * the bands.
 *
 * <p>
 * Thread-safe: runs do not share state; the pool may be shared.
 */
public final class PopulationSimulator {

    /** Patients simulated in lockstep by one task. */
    static final int COHORT = 128;

    /** Target number of concentration values in one block. */
    static final int BLOCK_VALUES = 1 << 22;

    private final ForkJoinPool pool;

    public PopulationSimulator(ForkJoinPool pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    public PopulationResult run(PopulationRequest request) {
        return run(request, ProgressListener.NONE);
    }

    public PopulationResult run(PopulationRequest request, ProgressListener progress) {
        return new Run(request, progress).execute();
    }

    /** One run's working state; confined to {@link #run}. */
    private final class Run {

        private final PopulationRequest request;

        private final ProgressListener progress;

        private final int n;

        private final TimeGrid grid;

        private final int points;

        private final int days;

        private final AtomicLong done = new AtomicLong();

        private final long total;

        Run(PopulationRequest request, ProgressListener progress) {
            this.request = request;
            this.progress = Objects.requireNonNull(progress, "progress");
            this.n = request.size();
            this.grid = request.grid();
            this.points = grid.points();
            this.days = grid.days();
            this.total = (long) n * (points + 1);
        }

        PopulationResult execute() {
            DoseSchedule schedule = request.history().schedule();
            VirtualPatients patients = request.patients();
            double[] subjects = new double[n * VirtualPatients.FIELDS];
            double[] cl = new double[n];
            double[] v = new double[n];
            double[] ka = new double[n];
            double[] t90 = new double[n];
            int cohortCount = (n + COHORT - 1) / COHORT;
            Cohort[] cohorts = new Cohort[cohortCount];
            parallelFor(cohortCount, c -> {
                int from = c * COHORT;
                int to = Math.min(n, from + COHORT);
                for (int i = from; i < to; i++) {
                    patients.draw(i, subjects, i * VirtualPatients.FIELDS);
                    cl[i] = subjects[i * VirtualPatients.FIELDS];
                    v[i] = subjects[i * VirtualPatients.FIELDS + 1];
                    ka[i] = subjects[i * VirtualPatients.FIELDS + 2];
                    t90[i] = OneCompartment.timeToFractionOfSteadyState(ka[i], cl[i] / v[i], 0.9);
                }
                cohorts[c] = new Cohort(cl, v, ka, from, to - from, schedule, grid);
            });

            double[] lastCmax = new double[n];
            double[] lastCmin = new double[n];
            double[] lastAuc = new double[n];
            double[] totalAuc = new double[n];
            List<DailyPercentiles> dayPercentiles = new ArrayList<>(days);
            double[] p5 = request.bands() ? new double[points] : null;
            double[] p50 = request.bands() ? new double[points] : null;
            double[] p95 = request.bands() ? new double[points] : null;
            boolean buffered = request.bands() || request.keepCurves();
            int block = blockPoints();
            double[] buffer = buffered ? new double[Math.multiplyExact(block, n)] : null;

            int completedDays = 0;
            for (int b0 = 0; b0 < points; b0 += block) {
                int b1 = Math.min(points, b0 + block);
                boolean last = b1 == points;
                int firstDay = completedDays;
                int endDay = last ? days : (int) Math.min(((b1 - 1) * grid.stepMs()) / TimeGrid.DAY_MS, days - 1);
                double[] dayRows = new double[(endDay - firstDay) * 3 * n];
                int start = b0;
                parallelFor(cohortCount, c -> {
                    Cohort cohort = cohorts[c];
                    int offset = c * COHORT;
                    Cohort.DaySink sink = (day, cmax, cmin, auc) -> {
                        int row = (day - firstDay) * 3 * n + offset;
                        System.arraycopy(cmax, 0, dayRows, row, cohort.size());
                        System.arraycopy(cmin, 0, dayRows, row + n, cohort.size());
                        System.arraycopy(auc, 0, dayRows, row + 2 * n, cohort.size());
                    };
                    cohort.advance(b1, buffer, start, n, offset, sink);
                    long units = (long) cohort.size() * (b1 - start);
                    if (last) {
                        cohort.finish(sink);
                        for (int s = 0; s < cohort.size(); s++) {
                            totalAuc[offset + s] = cohort.totalAuc(s);
                        }
                        units += cohort.size();
                    }
                    progress.progress(done.addAndGet(units), total);
                });
                if (last) {
                    int row = (days - 1 - firstDay) * 3 * n;
                    System.arraycopy(dayRows, row, lastCmax, 0, n);
                    System.arraycopy(dayRows, row + n, lastCmin, 0, n);
                    System.arraycopy(dayRows, row + 2 * n, lastAuc, 0, n);
                }
                dayPercentiles.addAll(dayPercentiles(dayRows, firstDay, endDay));
                if (request.bands()) {
                    bands(buffer, b0, b1, p5, p50, p95);
                }
                completedDays = endDay;
            }

            Simulation reference = Simulator.simulate(patients.model().typical(Covariates.REFERENCE), schedule, grid);
            ConcentrationBands bands = request.bands() ? new ConcentrationBands(grid, p5, p50, p95) : null;
            return new PopulationResult(request, subjects, lastCmax, lastCmin, lastAuc, totalAuc, t90, reference, bands,
                    dayPercentiles, request.keepCurves() ? buffer : null);
        }

        /**
         * Points per block: the whole grid when curves are kept, otherwise within the
         * memory target.
         */
        private int blockPoints() {
            if (request.keepCurves()) {
                return points;
            }
            double perPoint = (request.bands() ? n : 0) + 3.0 * n * grid.stepMs() / TimeGrid.DAY_MS;
            return (int) Math.max(1, Math.min(points, BLOCK_VALUES / perPoint));
        }

        private List<DailyPercentiles> dayPercentiles(double[] rows, int firstDay, int endDay) {
            int count = endDay - firstDay;
            PercentileSummary[] summaries = new PercentileSummary[count * 3];
            parallelFor(count * 3, j -> {
                double[] out = new double[3];
                Percentiles.select(rows, j * n, (j + 1) * n, out);
                summaries[j] = new PercentileSummary(out[0], out[1], out[2]);
            });
            List<DailyPercentiles> list = new ArrayList<>(count);
            for (int d = 0; d < count; d++) {
                list.add(new DailyPercentiles(firstDay + d + 1, summaries[3 * d], summaries[3 * d + 1],
                        summaries[3 * d + 2]));
            }
            return list;
        }

        /**
         * Percentiles at each point of the block, in a few long runs of consecutive
         * points (the guided selection learns from the previous points of its run); on a
         * copy when the curves are kept.
         */
        private void bands(double[] buffer, int b0, int b1, double[] p5, double[] p50, double[] p95) {
            int grain = Math.max(16, (b1 - b0 + 2 * pool.getParallelism() - 1) / (2 * pool.getParallelism()));
            int tasks = (b1 - b0 + grain - 1) / grain;
            boolean copy = request.keepCurves();
            parallelFor(tasks, t -> {
                double[] out = new double[3];
                double[] scratch = copy ? new double[n] : null;
                GuidedPercentiles selector = new GuidedPercentiles(n);
                for (int p = b0 + t * grain; p < Math.min(b1, b0 + (t + 1) * grain); p++) {
                    int from = (p - b0) * n;
                    if (copy) {
                        System.arraycopy(buffer, from, scratch, 0, n);
                        selector.select(scratch, 0, out);
                    }
                    else {
                        selector.select(buffer, from, out);
                    }
                    p5[p] = out[0];
                    p50[p] = out[1];
                    p95[p] = out[2];
                }
            });
        }

        private void parallelFor(int count, IntConsumer body) {
            if (count > 0) {
                pool.invoke(new Range(0, count, body));
            }
        }

    }

    /**
     * Runs {@code body} for each index of a range, splitting it in halves down to single
     * indices.
     */
    private static final class Range extends RecursiveAction {

        private static final long serialVersionUID = 1L;

        private final int from;

        private final int to;

        private final transient IntConsumer body;

        Range(int from, int to, IntConsumer body) {
            this.from = from;
            this.to = to;
            this.body = body;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                body.accept(from);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Range(from, mid, body), new Range(mid, to, body));
        }

    }

}
