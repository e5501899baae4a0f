package org.baclo.pk;

import java.time.Duration;
import java.util.Objects;

/**
 * Output times {@code 0, step, 2·step, …} before {@code length}, from the start of a dose
 * history. Days for the daily metrics are the 24-hour blocks {@code [24(d−1), 24d)} h
 * from the start; a partial last day is reported as it is. Immutable.
 */
public record TimeGrid(Duration step, Duration length) {
    /** One day in milliseconds. */
    public static final long DAY_MS = 86_400_000L;

    /**
     * The longest simulation: 3,660 days (about ten years). A tool limit, not a clinical
     * one.
     */
    public static final Duration MAX_LENGTH = Duration.ofDays(3660);

    /** The most output points of one curve. */
    public static final long MAX_POINTS = 2_000_000;

    public TimeGrid {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(length, "length");
        if (step.toMillis() < 1000 || step.compareTo(Duration.ofDays(1)) > 0) {
            throw new PkInputException("the grid step must be between 1 second and 24 hours; got " + step);
        }
        if (length.toMillis() <= 0 || length.compareTo(MAX_LENGTH) > 0) {
            throw new PkInputException("the simulated time must be longer than 0 and at most " + MAX_LENGTH.toDays()
                    + " days; got " + length);
        }
        long points = (length.toMillis() + step.toMillis() - 1) / step.toMillis();
        if (points > MAX_POINTS) {
            throw new PkInputException("the grid would have " + points + " points; at most " + MAX_POINTS
                    + " are allowed (use a coarser grid or a shorter time)");
        }
    }

    public static TimeGrid of(Duration step, Duration length) {
        return new TimeGrid(step, length);
    }

    long stepMs() {
        return step.toMillis();
    }

    long lengthMs() {
        return length.toMillis();
    }

    /** Number of output points. */
    public int points() {
        return (int) ((lengthMs() + stepMs() - 1) / stepMs());
    }

    /** Hours from the start of point {@code i}. */
    public double timeH(int i) {
        return i * (double) stepMs() / 3_600_000;
    }

    /** Number of days with daily metrics (the last may be partial). */
    public int days() {
        return (int) ((lengthMs() + DAY_MS - 1) / DAY_MS);
    }

    /** Length of the simulated time in hours. */
    public double lengthH() {
        return lengthMs() / 3_600_000.0;
    }
}
