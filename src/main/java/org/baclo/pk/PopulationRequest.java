package org.baclo.pk;

import java.util.Objects;

/**
 * A virtual-population run: who ({@link VirtualPatients}), how many, which doses, on
 * which grid, and what to keep. Memory is bounded by default: metrics are streamed,
 * percentile bands over time are computed block by block; the full {@code size × points}
 * curves are kept only when {@code keepCurves} is asked for. Immutable.
 *
 * @param bands percentiles over time (5/50/95) at every grid point
 * @param keepCurves keep every patient's curve (needs {@code size × points ≤}
 * {@link #MAX_KEPT_VALUES})
 */
public record PopulationRequest(VirtualPatients patients, int size, DoseHistory history, TimeGrid grid, boolean bands,
        boolean keepCurves) {

    /**
     * The largest population: a tool limit that keeps a run within memory and a few
     * seconds per day simulated.
     */
    public static final int MAX_SIZE = 100_000;

    /**
     * The most curve values kept when {@code keepCurves} is asked for (400 MB of
     * doubles).
     */
    public static final long MAX_KEPT_VALUES = 50_000_000;

    public PopulationRequest {
        Objects.requireNonNull(patients, "patients");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(grid, "grid");
        if (size < 1 || size > MAX_SIZE) {
            throw new PkInputException("the population size must be between 1 and " + MAX_SIZE + "; got " + size);
        }
        if (keepCurves && (long) size * grid.points() > MAX_KEPT_VALUES) {
            throw new PkInputException("keeping " + size + " curves of " + grid.points() + " points exceeds "
                    + MAX_KEPT_VALUES + " values; use fewer patients or a coarser grid");
        }
    }

    /** Metrics and bands, without keeping the curves. */
    public static PopulationRequest of(VirtualPatients patients, int size, DoseHistory history, TimeGrid grid) {
        return new PopulationRequest(patients, size, history, grid, true, false);
    }

    public PopulationRequest withBands(boolean on) {
        return new PopulationRequest(patients, size, history, grid, on, keepCurves);
    }

    public PopulationRequest withCurves(boolean on) {
        return new PopulationRequest(patients, size, history, grid, bands, on);
    }
}
