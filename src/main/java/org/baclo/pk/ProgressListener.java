package org.baclo.pk;

/**
 * Told how far a long simulation has got. Called from worker threads, possibly
 * concurrently: implementations must be thread-safe and cheap (store the numbers; render
 * elsewhere).
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> {
    };

    /**
     * {@code done} of {@code total} work units are complete; {@code done} never
     * decreases.
     */
    void progress(long done, long total);

}
