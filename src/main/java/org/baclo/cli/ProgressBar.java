package org.baclo.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.baclo.pk.ProgressListener;

/**
 * A progress bar on the error stream for runs that take more than a second: nothing is
 * printed before then, so quick runs stay silent. Workers report through
 * {@link #progress} (thread-safe, just stores the numbers); a daemon thread draws. Close
 * it when the work is done.
 */
final class ProgressBar implements ProgressListener, AutoCloseable {

    private static final long DELAY_MS = 1000;

    private static final long PERIOD_MS = 200;

    private static final int WIDTH = 30;

    private final PrintWriter err;

    private final String label;

    private final AtomicLong done = new AtomicLong();

    private final AtomicLong total = new AtomicLong(1);

    private final Thread drawer;

    private volatile boolean closed;

    private boolean drawn;

    ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
        this.drawer = new Thread(this::draw, "baclo-progress");
        drawer.setDaemon(true);
        drawer.start();
    }

    @Override
    public void progress(long doneUnits, long totalUnits) {
        total.set(Math.max(1, totalUnits));
        done.accumulateAndGet(doneUnits, Math::max);
    }

    private void draw() {
        try {
            TimeUnit.MILLISECONDS.sleep(DELAY_MS);
            while (!closed) {
                render();
                TimeUnit.MILLISECONDS.sleep(PERIOD_MS);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void render() {
        if (closed) {
            return;
        }
        double f = Math.min(1, done.get() / (double) total.get());
        int bars = (int) Math.round(f * WIDTH);
        err.print("\r" + label + " [" + "#".repeat(bars) + " ".repeat(WIDTH - bars) + "] " + Math.round(f * 100) + "%");
        err.flush();
        drawn = true;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (drawn) {
                err.println("\r" + label + " [" + "#".repeat(WIDTH) + "] 100%");
                err.flush();
            }
        }
        drawer.interrupt();
    }

}
