package org.baclo.demo;

import java.io.PrintStream;

/**
 * A progress bar on the error stream, redrawn at most every 200 ms: patients written,
 * rows written, rows per second.
 */
final class GenProgress {

    private static final int WIDTH = 30;

    private final PrintStream err;

    private final long total;

    private final long started = System.nanoTime();

    private long lastDraw;

    GenProgress(PrintStream err, long total) {
        this.err = err;
        this.total = Math.max(1, total);
    }

    void update(long done, long rows) {
        long t = System.nanoTime();
        if (done < total && t - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = t;
        double f = Math.min(1, done / (double) total);
        int bars = (int) Math.round(f * WIDTH);
        double s = Math.max(1e-3, (t - started) / 1e9);
        err.print("\rgenerating [" + "#".repeat(bars) + " ".repeat(WIDTH - bars) + "] " + Math.round(f * 100) + "% "
                + done + "/" + total + " patients, " + rows + " rows, " + Math.round(rows / s) + " rows/s");
        if (done >= total) {
            err.println();
        }
        err.flush();
    }

}
