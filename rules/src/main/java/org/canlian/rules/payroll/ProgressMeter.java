package org.canlian.rules.payroll;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Counts the rows of one run across its threads and tells the listener every so many rows, and once at the end. The
 * listener is never called by two threads at once. Time is read from the run's ticker, and only for the rate.
 */
final class ProgressMeter {
    /** Rows a partial run counts on its own before adding them to the shared count. */
    static final int BATCH = 1024;

    private final Consumer<PayrollProgress> listener;
    private final long every;
    private final LongSupplier ticker;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private long lastReported = -1;

    private ProgressMeter(Consumer<PayrollProgress> listener, long every, LongSupplier ticker) {
        this.listener = listener;
        this.every = every;
        this.ticker = ticker;
        this.start = listener == null ? 0 : ticker.getAsLong();
    }

    /** A meter for one run; silent (and reading no time) without a listener. */
    static ProgressMeter start(RunOptions options) {
        return new ProgressMeter(options.progress(), options.progressEvery(), options.ticker());
    }

    /** Adds {@code rows} done by one thread; tells the listener if a multiple of the interval was passed. */
    void add(long rows) {
        if (listener == null || rows == 0) {
            return;
        }
        long total = done.addAndGet(rows);
        if (total / every > (total - rows) / every) {
            report(total);
        }
    }

    /** Tells the listener the final count, unless it was just told. */
    void finish() {
        if (listener != null) {
            report(done.get());
        }
    }

    private synchronized void report(long total) {
        if (total <= lastReported) {
            return;
        }
        lastReported = total;
        long elapsed = ticker.getAsLong() - start;
        listener.accept(new PayrollProgress(total, elapsed <= 0 ? 0 : total * 1e9 / elapsed));
    }
}
