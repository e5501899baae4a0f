package org.baclo.pk;

/**
 * The simulation engine: a group of subjects with different parameters stepped in
 * lockstep through one dose schedule and one time grid.
 *
 * <p>
 * Between two events (grid points, doses, day boundaries) the state (gut amount, central
 * amount) moves by the exact solution of the linear system
 * ({@link OneCompartment#transition}); the coefficients for the grid step are computed
 * once per subject, so a grid step costs a few multiplications per subject and no
 * exponential. Doses between grid points are applied at their exact time. This is the
 * closed form: it gives the same values as superposing every past dose, in O(1) per point
 * instead of O(doses).
 *
 * <p>
 * Daily metrics: Cmax and Cmin over the day's samples (its grid points and the
 * concentrations at the day's start and end instants); AUC by exact integration of the
 * piecewise-exponential curve (not a trapezoid).
 *
 * <p>
 * Not thread-safe: one thread at a time (the population simulator gives each cohort to
 * one task at a time).
 */
final class Cohort {

    /**
     * Unit conversion: 1 mg/L is 1000 ng/mL (amounts in mg, volumes in L, output in
     * ng/mL).
     */
    private static final double NG_PER_ML_PER_MG_PER_L = 1000;

    /**
     * Receives each completed day's metrics for the cohort's subjects (arrays of length
     * {@code size}).
     */
    interface DaySink {

        /**
         * Day {@code day} (0-based); AUC in ng·h/mL, concentrations in ng/mL. The arrays
         * are reused.
         */
        void day(int day, double[] cmax, double[] cmin, double[] auc);

    }

    private static final double MS_PER_H = 3_600_000.0;

    private final int size;

    private final DoseSchedule doses;

    private final long stepMs;

    private final long lengthMs;

    private final int points;

    private final double[] ka;

    private final double[] k;

    private final double[] scale;

    private final double[] eka;

    private final double[] ek;

    private final double[] cc;

    private final double[] a1;

    private final double[] a2;

    private final double[] ag;

    private final double[] ac;

    private final double[] dayMax;

    private final double[] dayMin;

    private final double[] dayAuc;

    private final double[] totalAuc;

    private final double[] scratch = new double[5];

    private long now;

    private int nextPoint;

    private int nextDose;

    private int day;

    private boolean finished;

    /**
     * Subjects {@code from … from+count−1} of the parameter arrays (CL/F in L/h, V/F in
     * L, ka in /h).
     */
    Cohort(double[] clearance, double[] volume, double[] absorption, int from, int count, DoseSchedule doses,
            TimeGrid grid) {
        this.size = count;
        this.doses = doses;
        this.stepMs = grid.stepMs();
        this.lengthMs = grid.lengthMs();
        this.points = grid.points();
        ka = new double[count];
        k = new double[count];
        scale = new double[count];
        eka = new double[count];
        ek = new double[count];
        cc = new double[count];
        a1 = new double[count];
        a2 = new double[count];
        ag = new double[count];
        ac = new double[count];
        dayMax = new double[count];
        dayMin = new double[count];
        dayAuc = new double[count];
        totalAuc = new double[count];
        double dt = stepMs / MS_PER_H;
        for (int s = 0; s < count; s++) {
            ka[s] = absorption[from + s];
            k[s] = clearance[from + s] / volume[from + s];
            scale[s] = NG_PER_ML_PER_MG_PER_L / volume[from + s];
            OneCompartment.transition(ka[s], k[s], dt, scratch);
            eka[s] = scratch[0];
            ek[s] = scratch[1];
            cc[s] = scratch[2];
            a1[s] = scratch[3];
            a2[s] = scratch[4];
        }
    }

    /** A cohort of one. */
    static Cohort of(PkParameters p, DoseSchedule doses, TimeGrid grid) {
        return new Cohort(new double[] { p.clearance().value() }, new double[] { p.volume().value() },
                new double[] { p.ka().value() }, 0, 1, doses, grid);
    }

    int size() {
        return size;
    }

    /** The next grid point to be recorded. */
    int nextPoint() {
        return nextPoint;
    }

    /**
     * Records grid points up to {@code toPoint} (exclusive). If {@code out} is not null,
     * the concentration of subject {@code s} at point {@code p} goes to
     * {@code out[(p − outFirstPoint)·outStride + outOffset + s]}.
     */
    void advance(int toPoint, double[] out, int outFirstPoint, int outStride, int outOffset, DaySink sink) {
        if (toPoint > points) {
            throw new IllegalArgumentException("point " + toPoint + " is beyond the grid (" + points + ")");
        }
        int p = nextPoint;
        while (p < toPoint) {
            advanceTo(p * stepMs, sink);
            record(out, out == null ? 0 : (p - outFirstPoint) * outStride + outOffset);
            p++;
            // the points before the next event are plain grid steps: run them without
            // looking for events
            long event = Math.min(nextDoseMs(), nextBoundaryMs());
            int runEnd = (int) Math.min(toPoint, event == Long.MAX_VALUE ? toPoint : (event + stepMs - 1) / stepMs);
            if (runEnd > p) {
                run(p, runEnd, out, outFirstPoint, outStride, outOffset);
                p = runEnd;
            }
        }
        nextPoint = Math.max(nextPoint, toPoint);
    }

    /**
     * Grid points {@code from … to−1}, one uniform step each, with no event among them;
     * the state is at point {@code from − 1}. Same arithmetic, in the same order, as
     * {@link #move} and {@link #record}, so the result does not depend on the path taken
     * or the cohort size.
     */
    private void run(int from, int to, double[] out, int outFirstPoint, int outStride, int outOffset) {
        if (size == 1) {
            runOne(from, to, out, outFirstPoint, outStride, outOffset);
        }
        else {
            for (int p = from; p < to; p++) {
                move(stepMs);
                record(out, out == null ? 0 : (p - outFirstPoint) * outStride + outOffset);
            }
        }
        now = (to - 1) * stepMs;
    }

    private void runOne(int from, int to, double[] out, int outFirstPoint, int outStride, int outOffset) {
        double g = ag[0];
        double a = ac[0];
        double auc = dayAuc[0];
        double hi = dayMax[0];
        double lo = dayMin[0];
        double e1 = eka[0];
        double e2 = ek[0];
        double c = cc[0];
        double q1 = a1[0];
        double q2 = a2[0];
        double sc = scale[0];
        int index = (from - outFirstPoint) * outStride + outOffset;
        for (int p = from; p < to; p++) {
            auc += q1 * a + q2 * g;
            a = e2 * a + c * g;
            g = e1 * g;
            double conc = a * sc;
            if (out != null) {
                out[index] = conc;
                index += outStride;
            }
            hi = Math.max(hi, conc);
            lo = Math.min(lo, conc);
        }
        ag[0] = g;
        ac[0] = a;
        dayAuc[0] = auc;
        dayMax[0] = hi;
        dayMin[0] = lo;
    }

    private long nextDoseMs() {
        return nextDose < doses.size() ? doses.timeMs(nextDose) : Long.MAX_VALUE;
    }

    private long nextBoundaryMs() {
        long boundary = (day + 1) * TimeGrid.DAY_MS;
        return boundary >= lengthMs ? Long.MAX_VALUE : boundary;
    }

    /**
     * Records the remaining points (without output), then closes the last day at the end
     * of the grid.
     */
    void finish(DaySink sink) {
        if (finished) {
            return;
        }
        advance(points, null, 0, 0, 0, sink);
        advanceTo(lengthMs, sink);
        sampleExtremes();
        flushDay(sink);
        finished = true;
    }

    /**
     * Total AUC over the grid's length of subject {@code s}, in ng·h/mL; complete after
     * {@link #finish}.
     */
    double totalAuc(int s) {
        return totalAuc[s];
    }

    private void advanceTo(long target, DaySink sink) {
        while (true) {
            long doseAt = nextDoseMs();
            long boundary = nextBoundaryMs();
            long event = Math.min(doseAt, boundary);
            if (event > target) {
                break;
            }
            move(event - now);
            now = event;
            if (event == boundary) {
                sampleExtremes();
                flushDay(sink);
                day++;
            }
            if (event == doseAt) {
                double mg = doses.amountMg(nextDose++);
                for (int s = 0; s < size; s++) {
                    ag[s] += mg;
                }
            }
        }
        move(target - now);
        now = target;
    }

    private void move(long dtMs) {
        if (dtMs == 0) {
            return;
        }
        if (dtMs == stepMs) {
            for (int s = 0; s < size; s++) {
                double g = ag[s];
                double a = ac[s];
                dayAuc[s] += a1[s] * a + a2[s] * g;
                ac[s] = ek[s] * a + cc[s] * g;
                ag[s] = eka[s] * g;
            }
            return;
        }
        double dt = dtMs / MS_PER_H;
        for (int s = 0; s < size; s++) {
            OneCompartment.transition(ka[s], k[s], dt, scratch);
            double g = ag[s];
            double a = ac[s];
            dayAuc[s] += scratch[3] * a + scratch[4] * g;
            ac[s] = scratch[1] * a + scratch[2] * g;
            ag[s] = scratch[0] * g;
        }
    }

    private void record(double[] out, int base) {
        if (out == null) {
            sampleExtremes();
            return;
        }
        for (int s = 0; s < size; s++) {
            double c = ac[s] * scale[s];
            out[base + s] = c;
            dayMax[s] = Math.max(dayMax[s], c);
            dayMin[s] = Math.min(dayMin[s], c);
        }
    }

    private void sampleExtremes() {
        for (int s = 0; s < size; s++) {
            double c = ac[s] * scale[s];
            dayMax[s] = Math.max(dayMax[s], c);
            dayMin[s] = Math.min(dayMin[s], c);
        }
    }

    /**
     * Hands the day's metrics to the sink, then starts the next day at the current
     * concentration.
     */
    private void flushDay(DaySink sink) {
        for (int s = 0; s < size; s++) {
            dayAuc[s] *= scale[s];
            totalAuc[s] += dayAuc[s];
        }
        if (sink != null) {
            sink.day(day, dayMax, dayMin, dayAuc);
        }
        for (int s = 0; s < size; s++) {
            double c = ac[s] * scale[s];
            dayMax[s] = c;
            dayMin[s] = c;
            dayAuc[s] = 0;
        }
    }

}
