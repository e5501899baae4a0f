package org.baclo.app;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that must wait until the current HTTP request's transactions have ended and
 * returned their pooled connection (e.g. re-evaluating follow-up alerts after a change
 * committed): a request never holds two connections at once. The outermost request filter
 * runs the request through {@link #around}; outside a request {@link #defer} refuses and
 * the caller does the work at once.
 */
public final class AfterRequest {

    private static final Logger LOG = LoggerFactory.getLogger(AfterRequest.class);

    private final ThreadLocal<List<Runnable>> tasks = new ThreadLocal<>();

    /** The body of a request. */
    @FunctionalInterface
    public interface Body {

        void run() throws Exception;

    }

    /**
     * Queues {@code task} for the end of the current request; false when no request is
     * running on this thread.
     */
    public boolean defer(Runnable task) {
        List<Runnable> list = tasks.get();
        if (list == null) {
            return false;
        }
        list.add(task);
        return true;
    }

    /**
     * Runs {@code body}, then the tasks it queued (each on its own; a failure is logged,
     * never thrown).
     */
    public void around(Body body) throws Exception {
        if (tasks.get() != null) {
            body.run();
            return;
        }
        tasks.set(new ArrayList<>());
        try {
            body.run();
        }
        finally {
            List<Runnable> list = tasks.get();
            tasks.remove();
            for (Runnable r : list) {
                try {
                    r.run();
                }
                catch (RuntimeException e) {
                    LOG.warn("Work after the request failed: {}", e.toString());
                }
            }
        }
    }

}
